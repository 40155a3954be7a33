package fr.vao.compte.connexion;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import fr.vao.plateforme.securite.Portail;

/**
 * "Faire confiance à cet appareil pendant 30 jours": a random token in a cookie skips the second factor; only its
 * SHA-256 is stored. A password reset or change forgets every device of the user.
 */
@Service
public class AppareilsConfiance {

    public static final Duration DUREE = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final Clock horloge;

    AppareilsConfiance(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    /** @return the raw token to put in the cookie */
    public String enregistrer(Portail portail, long utilisateurId) {
        String brut = Empreintes.jeton();
        OffsetDateTime maintenant = OffsetDateTime.now(horloge);
        jdbc.sql("delete from appareil_confiance where expire_le < :maintenant")
                .param("maintenant", maintenant).update();
        jdbc.sql("""
                insert into appareil_confiance (hash, portail, utilisateur_id, expire_le)
                values (:hash, :portail, :id, :expire)""")
                .param("hash", Empreintes.sha256(brut)).param("portail", portail.name()).param("id", utilisateurId)
                .param("expire", maintenant.plus(DUREE)).update();
        return brut;
    }

    public boolean reconnu(Portail portail, long utilisateurId, String brut) {
        if (brut == null || brut.isBlank() || brut.length() > 100) {
            return false;
        }
        return jdbc.sql("""
                select count(*) from appareil_confiance
                where hash = :hash and portail = :portail and utilisateur_id = :id and expire_le > :maintenant""")
                .param("hash", Empreintes.sha256(brut)).param("portail", portail.name()).param("id", utilisateurId)
                .param("maintenant", OffsetDateTime.now(horloge)).query(Integer.class).single() > 0;
    }

    public void oublier(Portail portail, long utilisateurId) {
        jdbc.sql("delete from appareil_confiance where portail = :portail and utilisateur_id = :id")
                .param("portail", portail.name()).param("id", utilisateurId).update();
    }
}
