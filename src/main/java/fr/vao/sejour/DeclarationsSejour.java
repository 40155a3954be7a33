package fr.vao.sejour;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.vao.organisme.ProtocoleSanitaire;
import fr.vao.organisme.ProtocoleTransport;
import fr.vao.organisme.Responsable;
import tools.jackson.databind.json.JsonMapper;

/** The rows of {@code declaration_sejour} and of its hébergements (V90); each step's content is a JSON document. */
@Repository
class DeclarationsSejour {

    private static final String COLONNES = """
            d.id, d.numero, d.statut, d.organisme_id, d.departement_suivi, d.libelle, d.date_debut, d.date_fin,
            d.responsable, d.vacanciers, d.personnel, d.equipe, d.projet, d.transport, d.sanitaire, d.sejour_etranger,
            d.attestation, d.version""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DeclarationsSejour(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A value to store in a jsonb column through {@link #changerStatut}. */
    record Json(String texte) {
    }

    Json jsonb(Object valeur) {
        return new Json(json(valeur));
    }

    /** Whether agents of this territory see the déclaration (ADR 0015). */
    boolean visibleDans(long id, String territoire) {
        return jdbc.sql("select exists (select 1 from declaration_visibilite where declaration_id = :id and "
                + "territoire = :t)").param("id", id).param("t", territoire).query(Boolean.class).single();
    }

    String json(Object valeur) {
        return valeur == null ? null : json.writeValueAsString(valeur);
    }

    private <T> T lire(ResultSet rs, String colonne, Class<T> type) throws SQLException {
        String valeur = rs.getString(colonne);
        return valeur == null ? null : json.readValue(valeur, type);
    }

    Optional<DeclarationSejour> trouver(long id) {
        return jdbc.sql("select " + COLONNES + " from declaration_sejour d where d.id = :id").param("id", id)
                .query(this::declaration).optional().map(this::avecEtapes);
    }

    /** The row locked for the rest of the transaction: concurrent actions on it run one after the other. */
    Optional<DeclarationSejour> verrouiller(long id) {
        return jdbc.sql("select " + COLONNES + " from declaration_sejour d where d.id = :id for update")
                .param("id", id).query(this::declaration).optional().map(this::avecEtapes);
    }

    private DeclarationSejour declaration(ResultSet rs, int n) throws SQLException {
        Boolean etranger = (Boolean) rs.getObject("sejour_etranger");
        return new DeclarationSejour(rs.getLong("id"), rs.getString("numero"), Statut.deCode(rs.getString("statut")),
                rs.getLong("organisme_id"), rs.getString("departement_suivi"),
                new InformationsGenerales(rs.getString("libelle"), rs.getObject("date_debut", java.time.LocalDate.class),
                        rs.getObject("date_fin", java.time.LocalDate.class),
                        lire(rs, "responsable", Responsable.class)),
                lire(rs, "vacanciers", Vacanciers.class), lire(rs, "personnel", PersonnelPrevu.class),
                Optional.ofNullable(lire(rs, "equipe", Equipe.class)).orElseGet(Equipe::vide),
                lire(rs, "projet", ProjetSejour.class), lire(rs, "transport", ProtocoleTransport.class),
                lire(rs, "sanitaire", ProtocoleSanitaire.class), new SelectionHebergements(List.of(), etranger),
                lire(rs, "attestation", Attestation.class), rs.getInt("version"));
    }

    private DeclarationSejour avecEtapes(DeclarationSejour d) {
        List<Etape> etapes = jdbc.sql("""
                select hebergement_id, hebergement_version, nom, departement, date_debut, date_fin, mode_transport
                from declaration_hebergement where declaration_id = :id order by ordre""").param("id", d.id())
                .query((rs, n) -> new Etape(rs.getObject("hebergement_id", java.util.UUID.class),
                        rs.getLong("hebergement_version"), rs.getString("nom"), rs.getString("departement"),
                        rs.getObject("date_debut", java.time.LocalDate.class),
                        rs.getObject("date_fin", java.time.LocalDate.class), rs.getString("mode_transport")))
                .list();
        return new DeclarationSejour(d.id(), d.numero(), d.statut(), d.organismeId(), d.departementSuivi(),
                d.informations(), d.vacanciers(), d.personnel(), d.equipe(), d.projet(), d.transport(), d.sanitaire(),
                new SelectionHebergements(etapes, d.hebergements().sejourEtranger()), d.attestation(), d.version());
    }

    long inserer(DeclarationSejour d, Object organismeInstantane, long par, OffsetDateTime le) {
        InformationsGenerales i = d.informations();
        return jdbc.sql("""
                insert into declaration_sejour (statut, organisme_id, libelle, date_debut, date_fin, periode,
                    responsable, vacanciers, personnel, projet, transport, sanitaire, organisme_instantane, cree_par,
                    cree_le, modifie_le)
                values (:statut, :organisme, :libelle, :debut, :fin, :periode, cast(:responsable as jsonb),
                    cast(:vacanciers as jsonb), cast(:personnel as jsonb), cast(:projet as jsonb),
                    cast(:transport as jsonb), cast(:sanitaire as jsonb), cast(:instantane as jsonb), :par, :le, :le)
                returning id""")
                .param("statut", d.statut().code()).param("organisme", d.organismeId())
                .param("libelle", i.libelle()).param("debut", i.dateDebut()).param("fin", i.dateFin())
                .param("periode", i.periode()).param("responsable", json(i.responsable()))
                .param("vacanciers", json(d.vacanciers())).param("personnel", json(d.personnel()))
                .param("projet", json(d.projet())).param("transport", json(d.transport()))
                .param("sanitaire", json(d.sanitaire())).param("instantane", json(organismeInstantane))
                .param("par", par).param("le", le).query(Long.class).single();
    }

    /** Saves the content of the steps (not the status), with the next version. */
    void enregistrerContenu(DeclarationSejour d, OffsetDateTime le) {
        InformationsGenerales i = d.informations();
        jdbc.sql("""
                update declaration_sejour set libelle = :libelle, date_debut = :debut, date_fin = :fin,
                    periode = :periode, responsable = cast(:responsable as jsonb),
                    vacanciers = cast(:vacanciers as jsonb), personnel = cast(:personnel as jsonb),
                    equipe = cast(:equipe as jsonb), projet = cast(:projet as jsonb),
                    transport = cast(:transport as jsonb), sanitaire = cast(:sanitaire as jsonb), effectif = :effectif, itinerant = :itinerant,
                    sejour_etranger = :etranger, version = version + 1, modifie_le = :le
                where id = :id""")
                .param("libelle", i.libelle()).param("debut", i.dateDebut()).param("fin", i.dateFin())
                .param("periode", i.periode()).param("responsable", json(i.responsable()))
                .param("vacanciers", json(d.vacanciers())).param("personnel", json(d.personnel()))
                .param("equipe", json(d.equipe())).param("projet", json(d.projet()))
                .param("transport", json(d.transport())).param("sanitaire", json(d.sanitaire())).param("effectif", d.vacanciers().total())
                .param("itinerant", d.hebergements().itinerant()).param("etranger", d.hebergements().sejourEtranger())
                .param("le", le).param("id", d.id()).update();
        jdbc.sql("delete from declaration_hebergement where declaration_id = :id").param("id", d.id()).update();
        int ordre = 0;
        for (Etape e : d.hebergements().etapes()) {
            jdbc.sql("""
                    insert into declaration_hebergement (declaration_id, ordre, hebergement_id, hebergement_version,
                        nom, departement, date_debut, date_fin, mode_transport)
                    values (:id, :ordre, :hid, :version, :nom, :dep, :debut, :fin, :mode)""")
                    .param("id", d.id()).param("ordre", ordre++).param("hid", e.hebergementId())
                    .param("version", e.version()).param("nom", e.nom()).param("dep", e.departement())
                    .param("debut", e.dateDebut()).param("fin", e.dateFin()).param("mode", e.modeTransport())
                    .update();
        }
    }

    /** A status change, with what comes with it (numéro, département de suivi, attestation, dates). */
    void changerStatut(long id, Statut statut, Map<String, Object> colonnes, OffsetDateTime le) {
        StringBuilder sql = new StringBuilder("update declaration_sejour set statut = :statut, version = version + 1, "
                + "modifie_le = :le");
        colonnes.forEach((c, v) -> sql.append(", ").append(c).append(" = ")
                .append(v instanceof Json ? "cast(:" + c + " as jsonb)" : ":" + c));
        JdbcClient.StatementSpec s = jdbc.sql(sql.append(" where id = :id").toString()).param("statut", statut.code())
                .param("le", le).param("id", id);
        for (Map.Entry<String, Object> c : colonnes.entrySet()) {
            s = s.param(c.getKey(), c.getValue() instanceof Json j ? j.texte() : c.getValue());
        }
        s.update();
    }

    void enregistrerAttestation(long id, Attestation a) {
        jdbc.sql("update declaration_sejour set attestation = cast(:a as jsonb) where id = :id")
                .param("a", json(a)).param("id", id).update();
    }

    long prochainNumero() {
        return jdbc.sql("select nextval('declaration_numero_seq')").query(Long.class).single();
    }

    void supprimer(long id) {
        jdbc.sql("delete from declaration_sejour where id = :id").param("id", id).update();
    }

    /** Replaces the territories where agents see the déclaration (ADR 0015). */
    void rendreVisible(long id, java.util.Collection<String> territoires) {
        jdbc.sql("delete from declaration_visibilite where declaration_id = :id").param("id", id).update();
        for (String t : new java.util.TreeSet<>(territoires)) {
            jdbc.sql("insert into declaration_visibilite (territoire, declaration_id) values (:t, :id)")
                    .param("t", t).param("id", id).update();
        }
    }

    void historiser(long id, OffsetDateTime le, String source, Long organisateur, Long agent, String type,
            String precision, Object metadonnees) {
        jdbc.sql("""
                insert into declaration_historique (declaration_id, le, source, organisateur_id, agent_id, type,
                    type_precision, metadonnees)
                values (:id, :le, :source, :organisateur, :agent, :type, :precision, cast(:meta as jsonb))""")
                .param("id", id).param("le", le).param("source", source).param("organisateur", organisateur)
                .param("agent", agent).param("type", type).param("precision", precision)
                .param("meta", json(metadonnees)).update();
    }

    /** Its history, most recent first. */
    List<EntreeHistorique> historique(long id) {
        return jdbc.sql("""
                select le, source, type, type_precision as precision from declaration_historique
                where declaration_id = :id order by le desc, id desc""").param("id", id)
                .query(EntreeHistorique.class).list();
    }

    /** The organisme and its agrément as they were at the creation of the déclaration (spec §3.6). */
    Optional<InstantaneOrganisme> instantane(long id) {
        return jdbc.sql("select organisme_instantane from declaration_sejour where id = :id")
                .param("id", id).query((rs, n) -> lire(rs, "organisme_instantane", InstantaneOrganisme.class))
                .optional();
    }

    /** The 2-month declaration as registered (spec §2.8.4), once it is. */
    Optional<DeclarationSejour> deuxMois(long id) {
        return jdbc.sql("select declaration_2m from declaration_sejour where id = :id and declaration_2m is not null")
                .param("id", id).query((rs, n) -> lire(rs, "declaration_2m", DeclarationSejour.class)).optional();
    }
}
