package fr.vao.organisme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * The agents' view of the organismes (spec §2.14), a read model joining each organisme's current identity and its
 * active agrément. An agent sees the organismes of its perimeter (ADR 0011): national agents all of them; a DREETS
 * those located in its région or holding an agrément obtained there; a DDETS those located in its département.
 */
@Service
public class AnnuaireOrganismes {

    /** A row of the list and of the CSV export. */
    public record Ligne(long id, TypeOrganisme type, String siret, String siren, String nom, String nomPersonne,
            String prenomPersonne, boolean complet, boolean verifiee, OffsetDateTime modifieLe, String email,
            String telephone, String departement, String regionAgrement, LocalDate dateAgrement, long declarations,
            Map<String, Integer> parStatut) {

        /** Its number of déclarations of this status (persisted code). */
        public int declarations(String statut) {
            return parStatut.getOrDefault(statut, 0);
        }
    }

    /** Filters of the list; null or blank means no filter. */
    public record Filtre(String nom, String siret, String regionAgrement, Boolean complet) {
    }

    /** Sortable columns and their SQL. */
    public static final Map<String, String> TRIS = new LinkedHashMap<>();

    static {
        TRIS.put("nom", "lower(nom)");
        TRIS.put("type", "type");
        TRIS.put("modification", "modifie_le");
        TRIS.put("complet", "complet");
        TRIS.put("siret", "siret");
        TRIS.put("agrement", "region_agrement");
        TRIS.put("date-agrement", "date_agrement");
        TRIS.put("declarations", "declarations");
    }

    private static final String SELECTION = """
            select o.id, o.type, o.siret, o.siren, o.complet, o.modifie_le, o.departement,
                   coalesce(i.raison_sociale, trim(coalesce(i.prenom, '') || ' '
                            || coalesce(nullif(i.nom_usage, ''), i.nom_naissance, '')), o.siret) as nom,
                   case when o.type = 'PERSONNE_PHYSIQUE' then coalesce(nullif(i.nom_usage, ''), i.nom_naissance) end
                       as nom_personne,
                   case when o.type = 'PERSONNE_PHYSIQUE' then i.prenom end as prenom_personne,
                   coalesce(i.verifiee, false) as verifiee, coalesce(i.email, i.resp_email) as email, i.telephone,
                   a.region_obtention as region_agrement, a.date_obtention as date_agrement,
                   coalesce(c.total, 0) as declarations, c.par_statut::text as par_statut
            from organisme o
            left join organisme_identite i on i.organisme_id = o.id and i.courante
            left join agrement a on a.organisme_id = o.id and a.statut = 'VALIDE' and not a.supprime
            left join declaration_compteur_organisme c on c.organisme_id = o.id
            where not o.supprime""";

    private static final tools.jackson.core.type.TypeReference<Map<String, Integer>> PAR_STATUT =
            new tools.jackson.core.type.TypeReference<>() {
            };

    private final JdbcClient jdbc;
    private final tools.jackson.databind.json.JsonMapper json;

    AnnuaireOrganismes(JdbcClient jdbc, tools.jackson.databind.json.JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private record Requete(String sql, Map<String, Object> parametres) {
    }

    private Requete requete(UtilisateurConnecte agent, Filtre f) {
        StringBuilder sql = new StringBuilder(SELECTION);
        Map<String, Object> p = new LinkedHashMap<>();
        if (!agent.estNational()) {
            if (agent.estRegional()) {
                sql.append(" and (o.region = :territoire or a.region_obtention = :territoire)");
            } else {
                sql.append(" and o.departement = :territoire");
            }
            p.put("territoire", agent.territoireCode());
        }
        if (f.siret() != null && !f.siret().isBlank()) {
            sql.append(" and o.siret like :siret");
            p.put("siret", f.siret().replaceAll("\\s", "") + "%");
        }
        if (f.regionAgrement() != null && !f.regionAgrement().isBlank()) {
            sql.append(" and a.region_obtention = :regionAgrement");
            p.put("regionAgrement", f.regionAgrement());
        }
        if (f.complet() != null) {
            sql.append(" and o.complet = :complet");
            p.put("complet", f.complet());
        }
        String enveloppe = "select * from (" + sql + ") l";
        if (f.nom() != null && !f.nom().isBlank()) {
            enveloppe += " where lower(l.nom) like :nom";
            p.put("nom", "%" + f.nom().strip().toLowerCase(java.util.Locale.FRENCH) + "%");
        }
        return new Requete(enveloppe, p);
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
        String ordre = TRIS.getOrDefault(tri, "lower(nom)") + (desc ? " desc nulls last" : " asc nulls last");
        Map<String, Object> p = new LinkedHashMap<>(r.parametres());
        p.put("limite", limite);
        p.put("decalage", decalage);
        return jdbc.sql(r.sql() + " order by " + ordre + ", id limit :limite offset :decalage").params(p)
                .query(this::ligne).list();
    }

    /** The organisme if this agent may see it (its perimeter); empty otherwise, as for an unknown one. */
    @Transactional(readOnly = true)
    public Optional<Ligne> visible(UtilisateurConnecte agent, long id) {
        Requete r = requete(agent, new Filtre(null, null, null, null));
        Map<String, Object> p = new LinkedHashMap<>(r.parametres());
        p.put("id", id);
        return jdbc.sql(r.sql() + " where l.id = :id").params(p).query(this::ligne).optional();
    }

    private Ligne ligne(ResultSet rs, int n) throws SQLException {
        String parStatut = rs.getString("par_statut");
        return new Ligne(rs.getLong("id"), TypeOrganisme.valueOf(rs.getString("type")), rs.getString("siret"),
                rs.getString("siren"), rs.getString("nom"), rs.getString("nom_personne"),
                rs.getString("prenom_personne"), rs.getBoolean("complet"), rs.getBoolean("verifiee"),
                rs.getObject("modifie_le", OffsetDateTime.class), rs.getString("email"), rs.getString("telephone"),
                rs.getString("departement"), rs.getString("region_agrement"),
                rs.getObject("date_agrement", LocalDate.class), rs.getLong("declarations"),
                parStatut == null ? Map.of() : json.readValue(parStatut, PAR_STATUT));
    }
}
