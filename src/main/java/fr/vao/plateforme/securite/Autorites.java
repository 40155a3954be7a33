package fr.vao.plateforme.securite;

/** Authority names granted at login. */
public final class Autorites {

    /** An organiser who has accepted the CGU. */
    public static final String ORGANISATEUR = "ROLE_ORGANISATEUR";
    /** An agent who has accepted the CGU. */
    public static final String AGENT = "ROLE_AGENT";
    /** A logged-in user who must accept the CGU before anything else. */
    public static final String CGU_A_ACCEPTER = "CGU_A_ACCEPTER";
    /** Prefix of the agent's territorial level: NIVEAU_NAT, NIVEAU_REG, NIVEAU_DEP. */
    public static final String NIVEAU = "NIVEAU_";

    private Autorites() {
    }
}
