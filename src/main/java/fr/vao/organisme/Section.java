package fr.vao.organisme;

/** The sections of the fiche, in stepper order; the établissements only for a siège social. */
public enum Section {
    RENSEIGNEMENTS("renseignements"), ETABLISSEMENTS("etablissements"), TRANSPORT("transport"),
    SANITAIRE("sanitaire");

    private final String chemin;

    Section(String chemin) {
        this.chemin = chemin;
    }

    /** The step's path under /organisme. */
    public String chemin() {
        return chemin;
    }
}
