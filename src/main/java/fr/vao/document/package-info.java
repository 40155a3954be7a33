/**
 * Documents (spec §2.11): one upload path for every form (5 MB at most; PDF, PNG or JPEG recognised by content; PDFs
 * with JavaScript refused; names normalised; antivirus scan), storage in PostgreSQL, and downloads checked against the
 * object each file is attached to ({@link fr.vao.document.AccesDocuments}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package fr.vao.document;
