package fr.vao.eig;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of {@code eig} and of its types (V110). The five sensitive fields are encrypted here on write and
 * decrypted on read (ADR 0024): nothing else reads or writes those columns.
 */
@Repository
class Eigs {

    private static final TypeReference<List<Personne>> PERSONNEL = new TypeReference<>() {
    };
    private static final String COLONNES = """
            e.id, e.statut, e.declaration_id, e.organisme_id, e.auteur_id, e.departement, e.region_agrement,
            e.date_incident, e.personnel, e.deroulement, e.disposition_remediation, e.disposition_victimes,
            e.disposition_informations, e.atteste, e.emails_autres, e.fichier, e.date_depot, e.lu_ddets, e.lu_dreets,
            e.version""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Chiffrement chiffrement;

    Eigs(JdbcClient jdbc, JsonMapper json, Chiffrement chiffrement) {
        this.jdbc = jdbc;
        this.json = json;
        this.chiffrement = chiffrement;
    }

    /** The 27 types by code, in display order. */
    Map<String, TypeEvenement> catalogue() {
        Map<String, TypeEvenement> m = new LinkedHashMap<>();
        jdbc.sql("select code, categorie, libelle, actif, autre from eig_type order by ordre")
                .query(TypeEvenement.class).list().forEach(t -> m.put(t.code(), t));
        return m;
    }

    Optional<Eig> trouver(long id) {
        return jdbc.sql("select " + COLONNES + " from eig e where e.id = :id").param("id", id).query(this::eig)
                .optional();
    }

    Optional<Eig> verrouiller(long id) {
        return jdbc.sql("select " + COLONNES + " from eig e where e.id = :id for update").param("id", id)
                .query(this::eig).optional();
    }

    private Eig eig(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        String personnel = chiffrement.dechiffrer(rs.getString("personnel"));
        java.sql.Array emails = rs.getArray("emails_autres");
        return new Eig(id, StatutEig.valueOf(rs.getString("statut")), rs.getLong("declaration_id"),
                rs.getLong("organisme_id"), rs.getLong("auteur_id"), rs.getString("departement"),
                rs.getString("region_agrement"), rs.getObject("date_incident", LocalDate.class), types(id),
                personnel == null ? List.of() : json.readValue(personnel, PERSONNEL),
                chiffrement.dechiffrer(rs.getString("deroulement")),
                chiffrement.dechiffrer(rs.getString("disposition_remediation")),
                chiffrement.dechiffrer(rs.getString("disposition_victimes")),
                chiffrement.dechiffrer(rs.getString("disposition_informations")), rs.getBoolean("atteste"),
                emails == null ? List.of() : Arrays.asList((String[]) emails.getArray()),
                rs.getObject("fichier", UUID.class), rs.getObject("date_depot", OffsetDateTime.class),
                rs.getBoolean("lu_ddets"), rs.getBoolean("lu_dreets"), rs.getInt("version"));
    }

    private List<TypeChoisi> types(long id) {
        return jdbc.sql("""
                select c.type_code as code, c.precision_autre as precision from eig_eig_type c
                join eig_type t on t.code = c.type_code where c.eig_id = :id order by t.ordre""").param("id", id)
                .query(TypeChoisi.class).list();
    }

    long inserer(fr.vao.sejour.DeclarationsPourEig.Sejour s, long auteur, String departement, LocalDate date,
            OffsetDateTime le) {
        return jdbc.sql("""
                insert into eig (statut, declaration_id, organisme_id, auteur_id, departement, date_incident,
                                 declaration_numero, sejour_libelle, sejour_debut, sejour_fin, organisme_nom, cree_le,
                                 modifie_le)
                values ('BROUILLON', :d, :o, :a, :dep, :date, :numero, :libelle, :debut, :fin, :nom, :le, :le)
                returning id""")
                .param("d", s.id()).param("o", s.organismeId()).param("a", auteur).param("dep", departement)
                .param("date", date).param("numero", s.numero()).param("libelle", s.libelle())
                .param("debut", s.dateDebut()).param("fin", s.dateFin()).param("nom", s.organisme()).param("le", le)
                .query(Long.class).single();
    }

    /** Runs an update of the row at the version the user saw; a concurrent change refuses it. */
    private void modifier(String sql, long id, int version, OffsetDateTime le, Map<String, Object> params) {
        JdbcClient.StatementSpec s = jdbc.sql("update eig set " + sql
                + ", version = version + 1, modifie_le = :le where id = :id and version = :version")
                .param("id", id).param("version", version).param("le", le);
        for (Map.Entry<String, Object> p : params.entrySet()) {
            s = s.param(p.getKey(), p.getValue());
        }
        if (s.update() == 0) {
            throw new EigRefuseException("eig.refus.conflit");
        }
    }

    void enregistrerSelection(long id, int version, fr.vao.sejour.DeclarationsPourEig.Sejour s,
            String departement, LocalDate date, OffsetDateTime le) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("d", s.id());
        p.put("o", s.organismeId());
        p.put("dep", departement);
        p.put("date", date);
        p.put("numero", s.numero());
        p.put("libelle", s.libelle());
        p.put("debut", s.dateDebut());
        p.put("fin", s.dateFin());
        p.put("nom", s.organisme());
        modifier("declaration_id = :d, organisme_id = :o, departement = :dep, date_incident = :date, "
                + "declaration_numero = :numero, sejour_libelle = :libelle, sejour_debut = :debut, "
                + "sejour_fin = :fin, organisme_nom = :nom", id, version, le, p);
    }

    void enregistrerTypes(long id, int version, List<TypeChoisi> types, OffsetDateTime le) {
        modifier("statut = statut", id, version, le, Map.of());
        jdbc.sql("delete from eig_eig_type where eig_id = :id").param("id", id).update();
        for (TypeChoisi t : types) {
            jdbc.sql("insert into eig_eig_type (eig_id, type_code, precision_autre) values (:id, :c, :p)")
                    .param("id", id).param("c", t.code()).param("p", t.precision()).update();
        }
    }

    void enregistrerRenseignements(long id, int version, List<Personne> personnel, String deroulement,
            String remediation, String victimes, String informations, OffsetDateTime le) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("personnel", chiffrement.chiffrer(json.writeValueAsString(personnel)));
        p.put("deroulement", chiffrement.chiffrer(deroulement));
        p.put("remediation", chiffrement.chiffrer(remediation));
        p.put("victimes", chiffrement.chiffrer(victimes));
        p.put("informations", chiffrement.chiffrer(informations));
        modifier("personnel = :personnel, deroulement = :deroulement, disposition_remediation = :remediation, "
                + "disposition_victimes = :victimes, disposition_informations = :informations", id, version, le, p);
    }

    void enregistrerRecapitulatif(long id, int version, List<String> emails, UUID fichier, OffsetDateTime le) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("emails", emails.toArray(String[]::new));
        p.put("fichier", fichier);
        modifier("emails_autres = :emails, fichier = :fichier", id, version, le, p);
    }

    void transmettre(long id, int version, String regionAgrement, OffsetDateTime le) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("region", regionAgrement);
        modifier("statut = 'ENVOYE', atteste = true, date_depot = :le, region_agrement = :region", id, version, le,
                p);
    }

    void marquerLu(long id, Eig.Service service, StatutEig statut, OffsetDateTime le) {
        jdbc.sql("update eig set " + (service == Eig.Service.DDETS ? "lu_ddets" : "lu_dreets")
                + " = true, statut = :statut, version = version + 1, modifie_le = :le where id = :id")
                .param("statut", statut.name()).param("le", le).param("id", id).update();
    }

    void supprimer(long id) {
        jdbc.sql("delete from eig where id = :id").param("id", id).update();
    }

    /** The territories where agents see the EIG (ADR 0023). */
    void rendreVisible(long id, Collection<String> territoires, OffsetDateTime depot) {
        jdbc.sql("delete from eig_visibilite where eig_id = :id").param("id", id).update();
        for (String t : new TreeSet<>(territoires)) {
            jdbc.sql("insert into eig_visibilite (territoire, eig_id, date_depot) values (:t, :id, :le)")
                    .param("t", t).param("id", id).param("le", depot).update();
        }
    }

    boolean visibleDans(long id, String territoire) {
        return jdbc.sql("select exists (select 1 from eig_visibilite where eig_id = :id and territoire = :t)")
                .param("id", id).param("t", territoire).query(Boolean.class).single();
    }

    /** The ids of the EIG of a déclaration, most recent first. */
    List<Long> deLaDeclaration(long declaration) {
        return jdbc.sql("select id from eig where declaration_id = :d order by id desc").param("d", declaration)
                .query(Long.class).list();
    }
}
