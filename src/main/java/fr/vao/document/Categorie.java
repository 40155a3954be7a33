package fr.vao.document;

/** What a document is for; some categories accept PDF only (spec §2.11: the agrément). */
public enum Categorie {
    AGREMENT(true),
    PROTOCOLE_TRANSPORT(false),
    PROTOCOLE_SANITAIRE(false),
    HEBERGEMENT_ERP(false),
    HEBERGEMENT_RECEPTION(false),
    EIG(false),
    MESSAGE(false);

    private final boolean pdfSeulement;

    Categorie(boolean pdfSeulement) {
        this.pdfSeulement = pdfSeulement;
    }

    public boolean pdfSeulement() {
        return pdfSeulement;
    }
}
