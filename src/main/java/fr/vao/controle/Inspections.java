package fr.vao.controle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SQL of the inspections (V130, V131): the aggregate with its agents, findings and injunctions. Every change of
 * the inspection row checks the version the agent saw (optimistic lock) and increments it.
 */
@Repository
class Inspections {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Inspections(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private static final String COLONNES = """
            id, declaration_id, organisme_id, hebergement_id, departement, statut, annoncee, date_prevue,
            date_realisee, rapport_envoye_le, points, conclusion, synthese, rapport_document_id, cree_par, version""";

    long creer(long declarationId, long organismeId, UUID hebergement, String departement, boolean annoncee,
            LocalDate date, Collection<Long> agents, long par, OffsetDateTime le, String numero, String libelle,
            String organisme) {
        long id = jdbc.sql("""
                insert into inspection (declaration_id, organisme_id, hebergement_id, departement, statut, annoncee,
                                        date_prevue, cree_par, cree_le, modifie_le, declaration_numero,
                                        sejour_libelle, organisme_nom)
                values (:declaration, :organisme, :hebergement, :departement, 'PLANIFIEE', :annoncee, :date, :par,
                        :le, :le, :numero, :libelle, :nom) returning id""")
                .param("numero", numero).param("libelle", libelle).param("nom", organisme)
                .param("declaration", declarationId).param("organisme", organismeId).param("hebergement", hebergement)
                .param("departement", departement).param("annoncee", annoncee).param("date", date)
                .param("par", par).param("le", le).query(Long.class).single();
        remplacerAgents(id, agents);
        return id;
    }

    private void remplacerAgents(long id, Collection<Long> agents) {
        jdbc.sql("delete from inspection_agent where inspection_id = :id").param("id", id).update();
        for (Long a : agents) {
            jdbc.sql("insert into inspection_agent (inspection_id, agent_id) values (:id, :a) on conflict do nothing")
                    .param("id", id).param("a", a).update();
        }
    }

    Optional<Inspection> trouver(long id) {
        return jdbc.sql("select " + COLONNES + " from inspection where id = :id").param("id", id)
                .query(this::inspection).optional().map(this::complet);
    }

    /** Locks the row for a change (select … for update). */
    Optional<Inspection> verrouiller(long id) {
        return jdbc.sql("select " + COLONNES + " from inspection where id = :id for update").param("id", id)
                .query(this::inspection).optional().map(this::complet);
    }

    List<Inspection> deLaDeclaration(long declarationId) {
        return jdbc.sql("select " + COLONNES + " from inspection where declaration_id = :d order by date_prevue, id")
                .param("d", declarationId).query(this::inspection).list().stream().map(this::complet).toList();
    }

    private Inspection complet(Inspection i) {
        List<Long> agents = jdbc.sql("select agent_id from inspection_agent where inspection_id = :id order by agent_id")
                .param("id", i.id()).query(Long.class).list();
        List<Constat> constats = jdbc.sql("""
                select id, gravite, point, description, cree_le from inspection_constat where inspection_id = :id
                order by id""").param("id", i.id()).query((rs, n) -> new Constat(rs.getLong("id"),
                        Gravite.valueOf(rs.getString("gravite")),
                        rs.getString("point") == null ? null : PointControle.valueOf(rs.getString("point")),
                        rs.getString("description"), rs.getObject("cree_le", OffsetDateTime.class))).list();
        return new Inspection(i.id(), i.declarationId(), i.organismeId(), i.hebergementId(), i.departement(),
                i.statut(), i.annoncee(), i.datePrevue(), i.dateRealisee(), i.rapportEnvoyeLe(), i.points(),
                i.conclusion(), i.synthese(), i.rapportDocumentId(), agents, constats, injonctions(i.id()),
                i.creePar(), i.version());
    }

    List<Injonction> injonctions(long inspectionId) {
        return jdbc.sql("""
                select id, inspection_id, texte, echeance, statut, rappel_organisateur_le, rappel_agent_le, version
                from injonction where inspection_id = :id order by echeance, id""").param("id", inspectionId)
                .query(Inspections::injonction).list();
    }

    static Injonction injonction(ResultSet rs, int n) throws SQLException {
        return new Injonction(rs.getLong("id"), rs.getLong("inspection_id"), rs.getString("texte"),
                rs.getObject("echeance", LocalDate.class), StatutInjonction.valueOf(rs.getString("statut")),
                rs.getObject("rappel_organisateur_le", OffsetDateTime.class),
                rs.getObject("rappel_agent_le", OffsetDateTime.class), rs.getInt("version"));
    }

    private Inspection inspection(ResultSet rs, int n) throws SQLException {
        Map<PointControle, Inspection.Point> points = new EnumMap<>(PointControle.class);
        String p = rs.getString("points");
        if (p != null) {
            Map<String, Inspection.Point> lus = json.readValue(p, new TypeReference<Map<String, Inspection.Point>>() {
            });
            lus.forEach((k, v) -> points.put(PointControle.valueOf(k), v));
        }
        String c = rs.getString("conclusion");
        return new Inspection(rs.getLong("id"), rs.getLong("declaration_id"), rs.getLong("organisme_id"),
                rs.getObject("hebergement_id", UUID.class), rs.getString("departement"),
                StatutInspection.valueOf(rs.getString("statut")), rs.getBoolean("annoncee"),
                rs.getObject("date_prevue", LocalDate.class), rs.getObject("date_realisee", LocalDate.class),
                rs.getObject("rapport_envoye_le", OffsetDateTime.class), points,
                c == null ? null : Conclusion.valueOf(c), rs.getString("synthese"),
                rs.getObject("rapport_document_id", UUID.class), List.of(), List.of(), List.of(),
                rs.getLong("cree_par"), rs.getInt("version"));
    }

    /** Saves the editable part; false when the version changed meanwhile. */
    boolean enregistrer(long id, int version, LocalDate datePrevue, boolean annoncee, LocalDate dateRealisee,
            Map<PointControle, Inspection.Point> points, Conclusion conclusion, String synthese,
            Collection<Long> agents, OffsetDateTime le) {
        Map<String, Inspection.Point> p = new java.util.LinkedHashMap<>();
        points.forEach((k, v) -> p.put(k.name(), v));
        boolean ok = jdbc.sql("""
                update inspection set date_prevue = :date, annoncee = :annoncee, date_realisee = :realisee,
                    points = cast(:points as jsonb), conclusion = :conclusion, synthese = :synthese,
                    modifie_le = :le, version = version + 1
                where id = :id and version = :version""")
                .param("date", datePrevue).param("annoncee", annoncee).param("realisee", dateRealisee)
                .param("points", json.writeValueAsString(p))
                .param("conclusion", conclusion == null ? null : conclusion.name()).param("synthese", synthese)
                .param("le", le).param("id", id).param("version", version).update() == 1;
        if (ok) {
            remplacerAgents(id, agents);
        }
        return ok;
    }

    /** Changes the status (and the report columns when given); false when the version changed meanwhile. */
    boolean changerStatut(long id, int version, StatutInspection statut, LocalDate dateRealisee,
            OffsetDateTime rapportEnvoyeLe, UUID rapport, OffsetDateTime le) {
        return jdbc.sql("""
                update inspection set statut = :statut, date_realisee = coalesce(:realisee, date_realisee),
                    rapport_envoye_le = coalesce(:envoye, rapport_envoye_le),
                    rapport_document_id = coalesce(:rapport, rapport_document_id), modifie_le = :le,
                    version = version + 1
                where id = :id and version = :version""")
                .param("statut", statut.name()).param("realisee", dateRealisee).param("envoye", rapportEnvoyeLe)
                .param("rapport", rapport).param("le", le).param("id", id).param("version", version).update() == 1;
    }

    /** Increments the version (a finding or an injunction was added or removed: a change of the aggregate). */
    boolean toucher(long id, int version, OffsetDateTime le) {
        return jdbc.sql("update inspection set modifie_le = :le, version = version + 1 where id = :id and version = :v")
                .param("le", le).param("id", id).param("v", version).update() == 1;
    }

    void ajouterConstat(long id, Gravite gravite, PointControle point, String description, OffsetDateTime le) {
        jdbc.sql("""
                insert into inspection_constat (inspection_id, gravite, point, description, cree_le)
                values (:id, :gravite, :point, :description, :le)""").param("id", id).param("gravite", gravite.name())
                .param("point", point == null ? null : point.name()).param("description", description)
                .param("le", le).update();
    }

    boolean supprimerConstat(long id, long constat) {
        return jdbc.sql("delete from inspection_constat where id = :c and inspection_id = :id").param("c", constat)
                .param("id", id).update() == 1;
    }

    long ajouterInjonction(long id, String texte, LocalDate echeance, OffsetDateTime le) {
        return jdbc.sql("""
                insert into injonction (inspection_id, texte, echeance, cree_le, modifie_le)
                values (:id, :texte, :echeance, :le, :le) returning id""").param("id", id).param("texte", texte)
                .param("echeance", echeance).param("le", le).query(Long.class).single();
    }

    boolean supprimerInjonction(long id, long injonction) {
        return jdbc.sql("delete from injonction where id = :j and inspection_id = :id and statut = 'OUVERTE'")
                .param("j", injonction).param("id", id).update() == 1;
    }

    boolean deciderInjonction(long injonction, int version, StatutInjonction statut, OffsetDateTime le) {
        return jdbc.sql("""
                update injonction set statut = :statut, modifie_le = :le, version = version + 1
                where id = :id and version = :v and statut = 'OUVERTE'""").param("statut", statut.name())
                .param("le", le).param("id", injonction).param("v", version).update() == 1;
    }

    Optional<Injonction> verrouillerInjonction(long id) {
        return jdbc.sql("""
                select id, inspection_id, texte, echeance, statut, rappel_organisateur_le, rappel_agent_le, version
                from injonction where id = :id for update""").param("id", id).query(Inspections::injonction)
                .optional();
    }

    /** The open injunctions of sent reports whose reminder (organiser or agent) is due on this day and not sent. */
    List<Long> rappelsDus(LocalDate aujourdhui, int joursAvant, boolean organisateur) {
        String rappel = organisateur ? "j.rappel_organisateur_le" : "j.rappel_agent_le";
        return jdbc.sql("""
                select j.id from injonction j join inspection i on i.id = j.inspection_id
                where j.statut = 'OUVERTE' and i.statut = 'RAPPORT_ENVOYE' and j.echeance <= :limite
                """ + " and " + rappel + " is null order by j.echeance, j.id")
                .param("limite", organisateur ? aujourdhui.plusDays(joursAvant) : aujourdhui)
                .query(Long.class).list();
    }

    void marquerRappel(long injonction, boolean organisateur, OffsetDateTime le) {
        jdbc.sql("update injonction set " + (organisateur ? "rappel_organisateur_le" : "rappel_agent_le")
                + " = :le where id = :id").param("le", le).param("id", injonction).update();
    }
}
