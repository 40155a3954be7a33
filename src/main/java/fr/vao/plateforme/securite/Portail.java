package fr.vao.plateforme.securite;

/** The two portals of VAO: the organiser portal (front office) and the back office of the agents. */
public enum Portail {
    /** Portail organisateur, served at {@code /}. */
    FO,
    /** Portail administration, served at {@code /bo}. */
    BO;

    public static Portail depuisChemin(String cheminSansContexte) {
        return cheminSansContexte.equals("/bo") || cheminSansContexte.startsWith("/bo/") ? BO : FO;
    }
}
