package fr.vao.sejour;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the contrôle module reads of the déclarations (issue 6, planning of inspections): the stays taking place in a
 * period at the hébergements of some départements, with their latest (8-day) data, and the history it needs for the
 * risk criteria, each in one set-based query. A small public API, so that the contrôle module never reads this
 * module's tables.
 */
@Service
public class SejoursPourControle {

    /** The stays the planning shows: registered at 8 days, or taking place. */
    public static final List<Statut> STATUTS_PLANNING = List.of(Statut.VALIDEE_8J, Statut.SEJOUR_EN_COURS);
    /** The statuses of a stay that "took place" (or will): registered at 8 days, in progress or ended. */
    public static final List<Statut> STATUTS_REALISES = List.of(Statut.VALIDEE_8J, Statut.SEJOUR_EN_COURS,
            Statut.TERMINEE);

    /**
     * A stay at one of its hébergements (an itinerant stay gives one per hébergement of the départements asked).
     *
     * @param vacanciers the total declared (8-day data)
     * @param personnel the encadrants and accompagnants named at 8 days, else the numbers planned at 2 months
     * @param polyhandicap polyhandicap is among the deficiencies declared
     * @param deficienceMentale mental deficiency is among the deficiencies declared
     * @param arrivee the first day at this hébergement
     * @param depart the last day at this hébergement
     * @param lat the hébergement's position (the version declared), null when not geocoded
     */
    public record Sejour(long declarationId, String numero, String libelle, Statut statut, long organismeId,
            String organisme, LocalDate debut, LocalDate fin, boolean itinerant, int vacanciers, int personnel,
            boolean polyhandicap, boolean deficienceMentale, UUID hebergementId, String hebergement, String departement, String adresse,
            Double lat, Double lon, LocalDate arrivee, LocalDate depart) {
    }

    private final JdbcClient jdbc;

    SejoursPourControle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The stays of {@link #STATUTS_PLANNING} whose stop at an hébergement of these départements overlaps the period,
     * by arrival date, at most {@code max}; driven by the index on {@code declaration_hebergement} (V135).
     *
     * @param departements null for all
     */
    @Transactional(readOnly = true)
    public List<Sejour> sejours(Collection<String> departements, LocalDate debut, LocalDate fin, int max) {
        if (departements != null && departements.isEmpty()) {
            return List.of();
        }
        String filtre = departements == null ? "" : " and dh.departement in (:departements)";
        var requete = jdbc.sql("""
                select d.id, d.numero, d.libelle, d.statut, d.organisme_id, d.organisme_instantane ->> 'nom' organisme,
                    d.date_debut, d.date_fin, d.itinerant,
                    coalesce((d.vacanciers ->> 'total')::integer, d.effectif, 0) vacanciers,
                    coalesce(jsonb_array_length(d.equipe -> 'encadrants'), 0)
                        + coalesce(jsonb_array_length(d.equipe -> 'accompagnants'), 0) equipe,
                    coalesce((d.personnel ->> 'nombreAccompagnants')::integer, 0)
                        + coalesce((d.personnel ->> 'nombreResponsables')::integer, 0) prevus,
                    coalesce(d.vacanciers -> 'deficiences' @> '["polyhandicap"]', false) polyhandicap,
                    coalesce(d.vacanciers -> 'deficiences' @> '["mental"]', false) mentale,
                    dh.hebergement_id, dh.nom, dh.departement, dh.date_debut arrivee, dh.date_fin depart,
                    h.adresse_label, h.lat, h.lon
                from declaration_hebergement dh
                join declaration_sejour d on d.id = dh.declaration_id
                left join hebergement h on h.id = dh.hebergement_version
                where dh.date_fin >= :debut and dh.date_debut <= :fin and d.statut in (:statuts)""" + filtre + """

                order by dh.date_debut, d.id, dh.ordre limit :max""")
                .param("debut", debut).param("fin", fin).param("max", max)
                .param("statuts", STATUTS_PLANNING.stream().map(Statut::code).toList());
        if (departements != null) {
            requete = requete.param("departements", departements);
        }
        return requete.query(SejoursPourControle::sejour).list();
    }

    private static Sejour sejour(ResultSet rs, int n) throws SQLException {
        int equipe = rs.getInt("equipe");
        return new Sejour(rs.getLong("id"), rs.getString("numero"), rs.getString("libelle"),
                Statut.deCode(rs.getString("statut")), rs.getLong("organisme_id"), rs.getString("organisme"),
                rs.getObject("date_debut", LocalDate.class), rs.getObject("date_fin", LocalDate.class),
                rs.getBoolean("itinerant"), rs.getInt("vacanciers"), equipe > 0 ? equipe : rs.getInt("prevus"),
                rs.getBoolean("polyhandicap"), rs.getBoolean("mentale"), rs.getObject("hebergement_id", UUID.class), rs.getString("nom"),
                rs.getString("departement"), rs.getString("adresse_label"), (Double) rs.getObject("lat"),
                (Double) rs.getObject("lon"), rs.getObject("arrivee", LocalDate.class),
                rs.getObject("depart", LocalDate.class));
    }

    /**
     * The first day of the earliest stay of {@link #STATUTS_REALISES} of each of these organismes (one grouped query on
     * the (organisme_id, statut) index): a stay is the organiser's first when none started before it.
     */
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> premiersSejours(Collection<Long> organismes) {
        Map<Long, LocalDate> premiers = new HashMap<>();
        if (organismes.isEmpty()) {
            return premiers;
        }
        jdbc.sql("""
                select organisme_id, min(date_debut) premier from declaration_sejour
                where organisme_id in (:organismes) and statut in (:statuts) group by organisme_id""")
                .param("organismes", Set.copyOf(organismes))
                .param("statuts", STATUTS_REALISES.stream().map(Statut::code).toList())
                .query((rs, n) -> premiers.put(rs.getLong("organisme_id"), rs.getObject("premier", LocalDate.class)))
                .list();
        return premiers;
    }

    /**
     * The first day of the earliest stop of a stay of {@link #STATUTS_REALISES} (any organiser's) at each of these
     * hébergements, from the hébergement_id index.
     */
    @Transactional(readOnly = true)
    public Map<UUID, LocalDate> premiersSejoursHebergements(Collection<UUID> hebergements) {
        Map<UUID, LocalDate> premiers = new HashMap<>();
        if (hebergements.isEmpty()) {
            return premiers;
        }
        jdbc.sql("""
                select dh.hebergement_id, min(dh.date_debut) premier from declaration_hebergement dh
                join declaration_sejour d on d.id = dh.declaration_id
                where dh.hebergement_id in (:hebergements) and d.statut in (:statuts) group by dh.hebergement_id""")
                .param("hebergements", Set.copyOf(hebergements))
                .param("statuts", STATUTS_REALISES.stream().map(Statut::code).toList())
                .query((rs, n) -> premiers.put(rs.getObject("hebergement_id", UUID.class),
                        rs.getObject("premier", LocalDate.class)))
                .list();
        return premiers;
    }
}
