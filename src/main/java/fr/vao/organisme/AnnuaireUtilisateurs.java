package fr.vao.organisme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * "Utilisateurs OVA" (spec §2.14): every organiser account with its organisation, as a read model. An agent sees the
 * accounts of its perimeter: national agents all; a DREETS those registered in its région or whose organisme is
 * located there; a DDETS those whose organisme is located in its département.
 */
@Service
public class AnnuaireUtilisateurs {

    /** A row of the list and of the CSV export. */
    public record Ligne(long id, String nom, String prenom, String email, String siret, String statut,
            Long organismeId, String organisme, OffsetDateTime creeLe, OffsetDateTime derniereConnexionLe,
            long declarations) {
    }

    /** Filters; null or blank means no filter. */
    public record Filtre(String nom, String email, String siret, String statut) {
    }

    public static final Map<String, String> TRIS = Map.of("nom", "lower(u.nom), lower(u.prenom)", "email", "u.email",
            "statut", "u.statut", "creation", "u.cree_le", "connexion", "u.derniere_connexion_le", "organisme",
            "lower(coalesce(i.raison_sociale, i.nom_naissance))", "declarations", "coalesce(c.total,0)");

    private static final String SELECTION = """
            select u.id, u.nom, u.prenom, u.email, u.siret, u.statut, u.cree_le, u.derniere_connexion_le,
                   o.id as organisme_id,
                   coalesce(i.raison_sociale, trim(coalesce(i.prenom, '') || ' ' || coalesce(i.nom_naissance, '')))
                       as organisme,
                   coalesce(c.total, 0) as declarations
            from organisateur u
            left join organisme_membre m on m.organisateur_id = u.id
            left join organisme o on o.id = m.organisme_id and not o.supprime
            left join organisme_identite i on i.organisme_id = o.id and i.courante
            left join declaration_compteur_organisme c on c.organisme_id = o.id
            where true""";

    private final JdbcClient jdbc;

    AnnuaireUtilisateurs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Requete(String sql, Map<String, Object> parametres) {
    }

    private static Requete requete(UtilisateurConnecte agent, Filtre f) {
        StringBuilder sql = new StringBuilder(SELECTION);
        Map<String, Object> p = new LinkedHashMap<>();
        if (!agent.estNational()) {
            sql.append(agent.estRegional() ? " and (u.region_code = :t or o.region = :t)" : " and o.departement = :t");
            p.put("t", agent.territoireCode());
        }
        if (f.nom() != null && !f.nom().isBlank()) {
            sql.append(" and (lower(u.nom) like :nom or lower(u.prenom) like :nom)");
            p.put("nom", "%" + f.nom().strip().toLowerCase(Locale.FRENCH) + "%");
        }
        if (f.email() != null && !f.email().isBlank()) {
            sql.append(" and u.email like :email");
            p.put("email", "%" + f.email().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (f.siret() != null && !f.siret().isBlank()) {
            sql.append(" and u.siret like :siret");
            p.put("siret", f.siret().replaceAll("\\s", "") + "%");
        }
        if (f.statut() != null && !f.statut().isBlank()) {
            sql.append(" and u.statut = :statut");
            p.put("statut", f.statut());
        }
        return new Requete(sql.toString(), p);
    }

    @Transactional(readOnly = true)
    public long compter(UtilisateurConnecte agent, Filtre f) {
        Requete r = requete(agent, f);
        return jdbc.sql("select count(*) from (" + r.sql() + ") c").params(r.parametres()).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public List<Ligne> rechercher(UtilisateurConnecte agent, Filtre f, String tri, boolean desc, int limite,
            int decalage) {
        Requete r = requete(agent, f);
        String colonnes = TRIS.getOrDefault(tri, TRIS.get("nom"));
        String sens = desc ? " desc nulls last" : " asc nulls last";
        String ordre = String.join(", ", java.util.Arrays.stream(colonnes.split(", ")).map(c -> c + sens).toList());
        Map<String, Object> p = new LinkedHashMap<>(r.parametres());
        p.put("limite", limite);
        p.put("decalage", decalage);
        return jdbc.sql(r.sql() + " order by " + ordre + ", u.id limit :limite offset :decalage").params(p)
                .query(AnnuaireUtilisateurs::ligne).list();
    }

    private static Ligne ligne(ResultSet rs, int n) throws SQLException {
        return new Ligne(rs.getLong("id"), rs.getString("nom"), rs.getString("prenom"), rs.getString("email"),
                rs.getString("siret"), rs.getString("statut"), rs.getObject("organisme_id", Long.class),
                rs.getString("organisme"), rs.getObject("cree_le", OffsetDateTime.class),
                rs.getObject("derniere_connexion_le", OffsetDateTime.class), rs.getLong("declarations"));
    }
}
