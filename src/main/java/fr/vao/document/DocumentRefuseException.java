package fr.vao.document;

/** A file refused at upload; {@link #motif()} says why, the message key of the French text shown next to the field. */
public class DocumentRefuseException extends RuntimeException {

    /** Why a file is refused; {@link #cle()} is its message key. */
    public enum Motif {
        VIDE, TROP_VOLUMINEUX, TYPE_NON_ACCEPTE, PDF_SEULEMENT, PDF_AVEC_JAVASCRIPT, VIRUS, ANTIVIRUS_INDISPONIBLE;

        public String cle() {
            return "document.refus." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Motif motif;

    public DocumentRefuseException(Motif motif) {
        super(motif.name());
        this.motif = motif;
    }

    public Motif motif() {
        return motif;
    }
}
