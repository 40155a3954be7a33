package fr.vao.plateforme.securite;

/** Paths reachable without login, per portal. Every other path requires a logged-in user (deny by default). */
final class CheminsPublics {

    static final String[] RESSOURCES = {"/dsfr/**", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico"};

    static final String[] PAGES_INFORMATION = {"/cgu", "/mentions-legales", "/donnees-personnelles", "/accessibilite",
        "/plan-du-site"};

    static final String[] ORGANISATEUR = {"/", "/connexion", "/connexion/**", "/mot-de-passe-oublie",
        "/mot-de-passe-oublie/**", "/cgu", "/mentions-legales", "/donnees-personnelles", "/accessibilite",
        "/plan-du-site", "/documents/publics/**", "/error"};

    static final String[] ADMINISTRATION = {"/bo/connexion", "/bo/connexion/**", "/bo/mot-de-passe-oublie",
        "/bo/mot-de-passe-oublie/**", "/bo/activation", "/bo/activation/**", "/bo/cgu", "/bo/mentions-legales",
        "/bo/donnees-personnelles", "/bo/accessibilite", "/bo/plan-du-site",
        // ProConnect (ADR 0035): handled by its filters when configured, else nothing answers there (404)
        "/bo/oauth2/**", "/bo/login/oauth2/**"};

    /** Pages a logged-in user may reach before accepting the CGU. */
    static final String[] ORGANISATEUR_AVANT_CGU = {"/cgu/acceptation", "/deconnexion"};
    static final String[] ADMINISTRATION_AVANT_CGU = {"/bo/cgu/acceptation", "/bo/deconnexion"};

    private CheminsPublics() {
    }
}
