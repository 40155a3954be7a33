package fr.vao.compte;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import fr.vao.plateforme.securite.Connexions;
import fr.vao.plateforme.securite.Portail;

/**
 * The RGPD deletion of organiser accounts (ADR 0021), asked by the organisme module, which owns the membership of
 * the accounts in an organisme and removes it first: each account with its roles, single-use links, second-factor
 * codes, trusted devices, failed logins and open sessions. Agents' accounts are never deleted here.
 */
@Service
public class SuppressionComptes {

    private final JdbcClient jdbc;
    private final Connexions connexions;

    SuppressionComptes(JdbcClient jdbc, Connexions connexions) {
        this.jdbc = jdbc;
        this.connexions = connexions;
    }

    /** Deletes these organiser accounts (ids of the organisateur table). */
    public void supprimer(Collection<Long> organisateurs) {
        if (organisateurs.isEmpty()) {
            return;
        }
        List<String> emails = jdbc.sql("select email from organisateur where id in (:ids)").param("ids", organisateurs)
                .query(String.class).list();
        for (String table : List.of("jeton", "code_verification", "appareil_confiance")) {
            jdbc.sql("delete from " + table + " where portail = 'FO' and utilisateur_id in (:ids)")
                    .param("ids", organisateurs).update();
        }
        if (!emails.isEmpty()) {
            jdbc.sql("delete from tentative_connexion where portail = 'FO' and email in (:emails)")
                    .param("emails", emails).update();
        }
        jdbc.sql("delete from organisateur_role where organisateur_id in (:ids)").param("ids", organisateurs).update();
        jdbc.sql("delete from organisateur where id in (:ids)").param("ids", organisateurs).update();
        organisateurs.forEach(id -> connexions.fermerAutresSessions(Portail.FO, id, null));
    }
}
