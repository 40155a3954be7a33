package fr.vao.plateforme;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's own settings (environment variables {@code VAO_*}, see README).
 *
 * @param urlOrganisateur public base URL of the organiser portal, used in e-mail links (VAO_URL_ORGANISATEUR)
 * @param urlAdministration public base URL of the back office, used in e-mail links (VAO_URL_ADMINISTRATION)
 * @param courriel sender settings of the outgoing e-mails
 * @param session session lifetimes
 * @param securite password hashing
 */
@ConfigurationProperties("vao")
public record VaoProperties(
        @DefaultValue("http://localhost:8080") String urlOrganisateur,
        @DefaultValue("http://localhost:8080/bo") String urlAdministration,
        @DefaultValue Courriel courriel,
        @DefaultValue Session session,
        @DefaultValue Securite securite) {

    /**
     * @param expediteur sender address (VAO_COURRIEL_EXPEDITEUR)
     * @param repondreA reply-to address (VAO_COURRIEL_REPONDRE_A)
     * @param support URL of the support portal quoted in the mails (VAO_COURRIEL_SUPPORT)
     */
    public record Courriel(
            @DefaultValue("nepasrepondre@vao.social.gouv.fr") String expediteur,
            @DefaultValue("nepasrepondre@vao.social.gouv.fr") String repondreA,
            @DefaultValue("https://vao-assistance.atlassian.net/servicedesk/customer/portals") String support) {
    }

    /**
     * @param dureeAbsolue a session ends this long after login, even when active (VAO_SESSION_DUREE_ABSOLUE)
     */
    public record Session(@DefaultValue("4h") Duration dureeAbsolue) {
    }

    /**
     * @param coutBcrypt bcrypt work factor of new password hashes, 10 to 14 in production (VAO_SECURITE_COUT_BCRYPT);
     *     existing hashes keep the cost they were made with
     */
    public record Securite(@DefaultValue("12") int coutBcrypt) {
    }
}
