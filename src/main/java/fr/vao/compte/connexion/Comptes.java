package fr.vao.compte.connexion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/** Organiser and agent accounts, as read and written by the login, the password pages and "Mon compte". */
@Repository
public class Comptes {

    private static final String FO = """
            select id, email, mot_de_passe, nom, prenom, statut, false as desactive,
                   cgu_acceptees_le is not null as cgu_acceptees, region_code as territoire_code, version
            from organisateur""";
    private static final String BO = """
            select id, email, mot_de_passe, nom, prenom, null as statut, desactive,
                   cgu_acceptees_le is not null as cgu_acceptees, territoire_code, version
            from agent""";

    private final JdbcClient jdbc;

    Comptes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** E-mails are compared lower-cased (spec §4 rule 5). */
    public static String normaliser(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<Compte> parEmail(Portail portail, String email) {
        return jdbc.sql((portail == Portail.BO ? BO : FO) + " where email = :email")
                .param("email", normaliser(email))
                .query((rs, n) -> lire(portail, rs)).optional();
    }

    public Optional<Compte> parId(Portail portail, long id) {
        return jdbc.sql((portail == Portail.BO ? BO : FO) + " where id = :id")
                .param("id", id)
                .query((rs, n) -> lire(portail, rs)).optional();
    }

    private static Compte lire(Portail portail, ResultSet rs) throws SQLException {
        return new Compte(portail, rs.getLong("id"), rs.getString("email"), rs.getString("mot_de_passe"),
                rs.getString("nom"), rs.getString("prenom"), rs.getString("statut"), rs.getBoolean("desactive"),
                rs.getBoolean("cgu_acceptees"), rs.getString("territoire_code"), rs.getInt("version"));
    }

    /** The session principal: agents get their roles and level, organisers their region and EIG roles. */
    public UtilisateurConnecte utilisateur(Compte compte) {
        if (compte.portail() == Portail.FO) {
            List<String> roles = jdbc.sql("select role from organisateur_role where organisateur_id = :id order by role")
                    .param("id", compte.id()).query(String.class).list();
            return new UtilisateurConnecte(Portail.FO, compte.id(), compte.email(), compte.nom(), compte.prenom(),
                    java.util.Set.copyOf(roles), compte.territoireCode(), null);
        }
        String niveau = jdbc.sql("select niveau from territoire where code = :code")
                .param("code", compte.territoireCode()).query(String.class).single();
        return new UtilisateurConnecte(Portail.BO, compte.id(), compte.email(), compte.nom(), compte.prenom(),
                java.util.Set.copyOf(new LinkedHashSet<>(roles(compte.id()))), compte.territoireCode(), niveau);
    }

    public List<String> roles(long agentId) {
        return jdbc.sql("select role from agent_role where agent_id = :id order by role")
                .param("id", agentId).query(String.class).list();
    }

    public String libelleTerritoire(String code) {
        return code == null ? null : jdbc.sql("select libelle from territoire where code = :code")
                .param("code", code).query(String.class).optional().orElse(code);
    }

    /** A successful login: last login time; organisers also leave the inactivity track. */
    void marquerConnexion(Compte compte, OffsetDateTime maintenant) {
        if (compte.portail() == Portail.BO) {
            jdbc.sql("update agent set derniere_connexion_le = :maintenant where id = :id")
                    .param("maintenant", maintenant).param("id", compte.id()).update();
        } else {
            jdbc.sql("""
                    update organisateur set derniere_connexion_le = :maintenant, inactivite_notifiee_le = null,
                        bloque_temporairement_le = null, suppression_alertee_le = null,
                        suppression_rappelee_le = null, suppression_prevue_le = null
                    where id = :id""")
                    .param("maintenant", maintenant).param("id", compte.id()).update();
        }
    }

    void accepterCgu(Portail portail, long id, OffsetDateTime maintenant) {
        jdbc.sql("update " + table(portail) + " set cgu_acceptees_le = :maintenant where id = :id")
                .param("maintenant", maintenant).param("id", id).update();
    }

    void changerMotDePasse(Portail portail, long id, String hash, OffsetDateTime maintenant) {
        jdbc.sql("update " + table(portail)
                + " set mot_de_passe = :hash, modifie_le = :maintenant, version = version + 1 where id = :id")
                .param("hash", hash).param("maintenant", maintenant).param("id", id).update();
    }

    /** A password reset re-activates a temporarily blocked organiser (spec §4 rule 21). */
    void reactiver(long organisateurId, OffsetDateTime maintenant) {
        jdbc.sql("""
                update organisateur set statut = 'VALIDATED', inactivite_notifiee_le = null,
                    bloque_temporairement_le = null, suppression_alertee_le = null, suppression_rappelee_le = null,
                    suppression_prevue_le = null, modifie_le = :maintenant
                where id = :id and statut = 'TEMPORARY_BLOCKED'""")
                .param("maintenant", maintenant).param("id", organisateurId).update();
    }

    /** @return false when the row changed since {@code version} was read (optimistic locking) */
    boolean modifierIdentite(Portail portail, long id, String nom, String prenom, int version,
            OffsetDateTime maintenant) {
        return jdbc.sql("update " + table(portail) + """
                 set nom = :nom, prenom = :prenom, modifie_le = :maintenant, version = version + 1
                where id = :id and version = :version""")
                .param("nom", nom).param("prenom", prenom).param("maintenant", maintenant).param("id", id)
                .param("version", version).update() == 1;
    }

    private static String table(Portail portail) {
        return portail == Portail.BO ? "agent" : "organisateur";
    }
}
