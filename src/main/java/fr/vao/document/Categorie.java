package fr.vao.document;

/**
 * What a document is for; some categories accept PDF only (spec §2.11: the agrément). The last four are the PDFs VAO
 * generates for a déclaration de séjour (spec §2.12): never uploaded ({@link Documents#enregistrerGenere}).
 */
public enum Categorie {
    AGREMENT(true),
    PROTOCOLE_TRANSPORT(false),
    PROTOCOLE_SANITAIRE(false),
    HEBERGEMENT_ERP(false),
    HEBERGEMENT_RECEPTION(false),
    EIG(false),
    MESSAGE(false),
    /** The déclaration préalable (CERFA 12672*03), type {@code declaration_2_mois} of the reference. */
    DECLARATION_2_MOIS(true, "declaration_2_mois"),
    /** The fiche complémentaire (CERFA 12672*04), type {@code declaration_8jours}. */
    DECLARATION_8_JOURS(true, "declaration_8jours"),
    /** The accusé de réception of the déclaration préalable, type {@code AR_declaration_2_mois}. */
    AR_DECLARATION_2_MOIS(true, "AR_declaration_2_mois"),
    /** The accusé de réception of the déclaration complémentaire, type {@code AR_declaration_8_jours}. */
    AR_DECLARATION_8_JOURS(true, "AR_declaration_8_jours");

    private final boolean pdfSeulement;
    /** The file type of the reference system for a generated document (spec §2.12), null for an upload. */
    private final String typeGenere;

    Categorie(boolean pdfSeulement) {
        this(pdfSeulement, null);
    }

    Categorie(boolean pdfSeulement, String typeGenere) {
        this.pdfSeulement = pdfSeulement;
        this.typeGenere = typeGenere;
    }

    /** Whether VAO generates the documents of this category (they are never uploaded). */
    public boolean generee() {
        return typeGenere != null;
    }

    /** The type of spec §2.12 ({@code declaration_2_mois}…), null for an uploaded category. */
    public String typeGenere() {
        return typeGenere;
    }

    public boolean pdfSeulement() {
        return pdfSeulement;
    }
}
