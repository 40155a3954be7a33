package fr.vao.compte.organisateur;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organiser accounts (table {@code organisateur}). */
@Repository
class Organisateurs {

    static final String COLONNES = """
            id, email, nom, prenom, telephone, siret, siret_verifie, region_code, statut, cree_le, version""";

    private final JdbcClient jdbc;
    private final Clock horloge;

    Organisateurs(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    record Nouveau(String email, String motDePasse, String nom, String prenom, String telephone, String siret,
            boolean siretVerifie, String regionCode) {
    }

    /** Inserts the account unless the e-mail exists; returns its id, empty when the e-mail is already taken. */
    Optional<Long> creerSiAbsent(Nouveau n) {
        OffsetDateTime maintenant = OffsetDateTime.now(horloge);
        return jdbc.sql("""
                insert into organisateur (email, mot_de_passe, nom, prenom, telephone, siret, siret_verifie, region_code,
                                          statut, cree_le, modifie_le)
                values (:email, :mdp, :nom, :prenom, :telephone, :siret, :verifie, :region, 'NEED_EMAIL_VALIDATION',
                        :maintenant, :maintenant)
                on conflict (email) do nothing returning id""")
                .param("email", n.email()).param("mdp", n.motDePasse()).param("nom", n.nom())
                .param("prenom", n.prenom()).param("telephone", n.telephone()).param("siret", n.siret())
                .param("verifie", n.siretVerifie()).param("region", n.regionCode()).param("maintenant", maintenant)
                .query(Long.class).optional();
    }

    Optional<Organisateur> trouver(long id) {
        return jdbc.sql("select " + COLONNES + " from organisateur where id = :id").param("id", id)
                .query(Organisateur.class).optional();
    }

    Optional<Organisateur> trouverParEmail(String email) {
        return jdbc.sql("select " + COLONNES + " from organisateur where email = :email").param("email", email)
                .query(Organisateur.class).optional();
    }

    /** Locks the row for a status change. */
    Optional<Organisateur> verrouiller(long id) {
        return jdbc.sql("select " + COLONNES + " from organisateur where id = :id for update").param("id", id)
                .query(Organisateur.class).optional();
    }

    /** NEED_EMAIL_VALIDATION → NEED_SIRET_VALIDATION; empty when the account is not waiting for it. */
    Optional<Organisateur> confirmerEmail(long id) {
        int n = jdbc.sql("""
                update organisateur set statut = 'NEED_SIRET_VALIDATION', modifie_le = :maintenant, version = version + 1
                where id = :id and statut = 'NEED_EMAIL_VALIDATION'""")
                .param("maintenant", OffsetDateTime.now(horloge)).param("id", id).update();
        return n == 0 ? Optional.empty() : trouver(id);
    }

    /** Where the validation request of a region goes: its service mailbox, else its agents holding role Compte. */
    List<String> destinatairesValidation(String regionCode) {
        Optional<String> service = jdbc.sql("""
                select service_email from fiche_territoire
                where territoire_code = :region and service_email is not null and trim(service_email) <> ''""")
                .param("region", regionCode).query(String.class).optional();
        if (service.isPresent()) {
            return List.of(service.get().strip());
        }
        return jdbc.sql("""
                select a.email from agent a join agent_role r on r.agent_id = a.id and r.role = 'Compte'
                where a.territoire_code = :region and a.active_le is not null and not a.desactive
                order by a.email""")
                .param("region", regionCode).query(String.class).list();
    }
}
