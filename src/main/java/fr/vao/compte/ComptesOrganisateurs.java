package fr.vao.compte;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/** What other modules may read of the organisers' accounts (never their passwords). */
@Service
public class ComptesOrganisateurs {

    /** An organiser account as the organisation's pages show it. */
    public record CompteOrganisateur(long id, String email, String nom, String prenom, String telephone, String siret,
            String regionCode, String statut, OffsetDateTime creeLe, OffsetDateTime derniereConnexionLe) {

        public String nomComplet() {
            return prenom + " " + nom;
        }
    }

    private static final String COLONNES = """
            id, email, nom, prenom, telephone, siret, region_code, statut, cree_le, derniere_connexion_le""";

    private final JdbcClient jdbc;

    ComptesOrganisateurs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CompteOrganisateur> trouver(long id) {
        return jdbc.sql("select " + COLONNES + " from organisateur where id = :id").param("id", id)
                .query(CompteOrganisateur.class).optional();
    }

    /**
     * The principal of an organiser who may act now (validated, CGU accepted), read from the database at each call:
     * the API's bearer tokens (ADR 0033) authenticate through it, so that a deactivated account loses its tokens.
     */
    public Optional<UtilisateurConnecte> actif(long id) {
        return jdbc.sql("""
                select id, email, nom, prenom, region_code,
                       array(select role from organisateur_role r where r.organisateur_id = o.id order by role) roles
                from organisateur o where id = :id and statut = 'VALIDATED' and cgu_acceptees_le is not null""")
                .param("id", id)
                .query((rs, n) -> new UtilisateurConnecte(Portail.FO, rs.getLong("id"), rs.getString("email"),
                        rs.getString("nom"), rs.getString("prenom"),
                        Set.of((String[]) rs.getArray("roles").getArray()), rs.getString("region_code"),
                        null))
                .optional();
    }

    /** The accounts declaring this SIRET at registration, oldest first. */
    public List<CompteOrganisateur> parSiret(String siret) {
        return jdbc.sql("select " + COLONNES + " from organisateur where siret = :siret order by cree_le, id")
                .param("siret", siret).query(CompteOrganisateur.class).list();
    }

    /** The accounts waiting for validation whose SIRET is this one, or starts with this SIREN; oldest first. */
    public List<CompteOrganisateur> enAttente(String siretOuSiren) {
        return jdbc.sql("select " + COLONNES + """
                 from organisateur where statut = 'NEED_SIRET_VALIDATION' and siret like :prefixe
                order by cree_le, id""").param("prefixe", siretOuSiren + "%").query(CompteOrganisateur.class).list();
    }

    public List<CompteOrganisateur> parIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLONNES + " from organisateur where id in (:ids) order by lower(nom), lower(prenom)")
                .param("ids", ids).query(CompteOrganisateur.class).list();
    }
}
