package fr.vao.sejour;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.territoire.Territoires;

/**
 * "Hébergements liés à des séjours" (issue 4 point 7): the hébergements of the agent's départements used by
 * déclarations (drafts excepted), with their number of déclarations and the next stay planned there; one grouped
 * query on {@code declaration_hebergement}, driven by its (departement, hebergement_id) index. The page lives in this
 * module, which already depends on the hébergement module: no port and no cycle (ADR 0019).
 */
@Service
public class HebergementsLies {

    /**
     * A row of the list and of its CSV.
     *
     * @param consultable whether the hébergement is actif (its back-office page exists)
     * @param prochainSejour the first day of the next stay there (not cancelled, refused or abandoned), if any
     */
    public record Ligne(UUID hebergementId, String nom, String departement, String adresse, boolean consultable,
            long declarations, LocalDate prochainSejour) {
    }

    /** Filters; null = not filtered. */
    public record Filtre(String nom, String departement) {
    }

    public static final Map<String, String> TRIS = new LinkedHashMap<>();

    static {
        TRIS.put("nom", "lower(l.nom)");
        TRIS.put("departement", "l.departement");
        TRIS.put("declarations", "l.declarations");
        TRIS.put("prochain", "l.prochain_sejour");
    }

    private static final List<String> FINIES = List.of(Statut.ANNULEE.code(), Statut.ABANDONNEE.code(),
            Statut.REFUSEE.code(), Statut.REFUSEE_8J.code(), Statut.TERMINEE.code());

    private final JdbcClient jdbc;
    private final Territoires territoires;
    private final Clock horloge;

    HebergementsLies(JdbcClient jdbc, Territoires territoires, Clock horloge) {
        this.jdbc = jdbc;
        this.territoires = territoires;
        this.horloge = horloge;
    }

    private String requete(UtilisateurConnecte agent, Filtre f, Map<String, Object> p) {
        StringBuilder where = new StringBuilder(" where d.statut <> 'BROUILLON'");
        if (!agent.estNational()) {
            where.append(" and dh.departement in (:departements)");
            p.put("departements", territoires.departementsDe(agent.territoireCode()));
        }
        if (f.departement() != null) {
            where.append(" and dh.departement = :departement");
            p.put("departement", f.departement());
        }
        if (f.nom() != null) {
            where.append(" and coalesce(h.nom, dh.nom) ilike :nom");
            p.put("nom", "%" + ListeOrganisateur.echapper(f.nom()) + "%");
        }
        p.put("finies", FINIES);
        p.put("aujourdhui", LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris"))));
        return """
                select * from (
                    select dh.hebergement_id, coalesce(h.nom, max(dh.nom)) nom,
                        coalesce(h.departement, max(dh.departement)) departement, h.adresse_label,
                        coalesce(h.statut = 'actif', false) consultable,
                        count(distinct dh.declaration_id) declarations,
                        min(dh.date_debut) filter (where dh.date_debut >= :aujourdhui
                            and d.statut not in (:finies)) prochain_sejour
                    from declaration_hebergement dh
                    join declaration_sejour d on d.id = dh.declaration_id
                    left join hebergement h on h.hebergement_id = dh.hebergement_id and h.courante""" + where + """

                    group by dh.hebergement_id, h.nom, h.departement, h.adresse_label, h.statut) l""";
    }

    @Transactional(readOnly = true)
    public long compter(UtilisateurConnecte agent, Filtre f) {
        verifier(agent);
        Map<String, Object> p = new HashMap<>();
        return jdbc.sql("select count(*) from (" + requete(agent, f, p) + ") c").params(p).query(Long.class)
                .single();
    }

    @Transactional(readOnly = true)
    public List<Ligne> page(UtilisateurConnecte agent, Filtre f, String tri, boolean desc, int taille,
            int decalage) {
        verifier(agent);
        Map<String, Object> p = new HashMap<>();
        String sql = requete(agent, f, p);
        p.put("taille", taille);
        p.put("decalage", decalage);
        String ordre = TRIS.getOrDefault(tri, TRIS.get("nom")) + (desc ? " desc nulls last" : " asc nulls last");
        return jdbc.sql(sql + " order by " + ordre + ", l.hebergement_id limit :taille offset :decalage").params(p)
                .query(HebergementsLies::ligne).list();
    }

    private static void verifier(UtilisateurConnecte agent) {
        if (!InstructionDeclarations.consulte(agent)) {
            throw new org.springframework.security.access.AccessDeniedException("Rôle DemandeSejour requis");
        }
    }

    private static Ligne ligne(ResultSet rs, int n) throws SQLException {
        return new Ligne(rs.getObject("hebergement_id", UUID.class), rs.getString("nom"),
                rs.getString("departement"), rs.getString("adresse_label"), rs.getBoolean("consultable"),
                rs.getLong("declarations"), rs.getObject("prochain_sejour", LocalDate.class));
    }
}
