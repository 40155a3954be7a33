package fr.vao.hebergement;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of table {@code hebergement} (V70): one per version, the current one flagged. */
@Repository
class Hebergements {

    /** Sort keys of the lists → their column (whitelist: never a parameter in the SQL). */
    static final Map<String, String> TRIS = Map.of("nom", "lower(h.nom)", "departement", "h.departement",
            "adresse", "lower(h.adresse_label)", "telephone", "h.telephone_1", "email", "lower(h.email)",
            "visite", "h.visite_locaux_le", "erp", "h.reglementation_erp", "statut", "h.statut");

    private static final String COLONNES = """
            h.id, h.hebergement_id, h.statut, h.organisme_id, h.nom, h.nom_gestionnaire, h.adresse_label,
            h.adresse_code_insee, h.adresse_code_postal, h.departement, h.lat, h.lon, h.cle_ban, h.telephone_1,
            h.telephone_2, h.email, h.type, h.visite_locaux, h.visite_locaux_le, h.reglementation_erp,
            h.fichier_attestation_securite, h.fichier_arrete_maire, h.fichier_reponse_exploitant, h.accessibilite,
            h.accessibilite_precision, h.pension, h.prestations, h.description, h.nombre_lits,
            h.nombre_lits_superposes, h.lit_dessus, h.nombre_max_personnes_couchage, h.couchage_individuel,
            h.rangement_individuel, h.chambres_unisexes, h.chambres_doubles, h.amenagements_specifiques,
            h.amenagements_precision, h.vehicules_adaptes, h.deplacement_proximite, h.excursion, h.version,
            h.modifie_le""";

    private static final String LIGNE = """
            h.hebergement_id, h.organisme_id, h.nom, h.departement, h.adresse_label, h.statut, h.telephone_1,
            h.email, h.visite_locaux_le, h.reglementation_erp""";

    private final JdbcClient jdbc;

    Hebergements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Hebergement> courant(UUID hebergementId) {
        return jdbc.sql("select " + COLONNES + " from hebergement h where h.hebergement_id = :id and h.courante")
                .param("id", hebergementId).query(Hebergements::hebergement).optional();
    }

    /** One version of an hébergement by its row, current or archived. */
    Optional<Hebergement> parLigne(long ligne) {
        return jdbc.sql("select " + COLONNES + " from hebergement h where h.id = :ligne").param("ligne", ligne)
                .query(Hebergements::hebergement).optional();
    }

    Optional<Hebergement> verrouiller(UUID hebergementId) {
        return jdbc.sql("select " + COLONNES
                + " from hebergement h where h.hebergement_id = :id and h.courante for update")
                .param("id", hebergementId).query(Hebergements::hebergement).optional();
    }

    /** Number of rows (versions) of an hébergement. */
    int versions(UUID hebergementId) {
        return jdbc.sql("select count(*) from hebergement where hebergement_id = :id").param("id", hebergementId)
                .query(Integer.class).single();
    }

    long inserer(UUID hebergementId, Statut statut, long organismeId, FicheHebergement f, int version, long par,
            OffsetDateTime le) {
        return jdbc.sql("""
                insert into hebergement (hebergement_id, courante, statut, organisme_id, nom, nom_gestionnaire,
                    adresse_label, adresse_code_insee, adresse_code_postal, departement, lat, lon, cle_ban,
                    telephone_1, telephone_2, email, type, visite_locaux, visite_locaux_le, reglementation_erp,
                    fichier_attestation_securite, fichier_arrete_maire, fichier_reponse_exploitant, accessibilite,
                    accessibilite_precision, pension, prestations, description, nombre_lits, nombre_lits_superposes,
                    lit_dessus, nombre_max_personnes_couchage, couchage_individuel, rangement_individuel,
                    chambres_unisexes, chambres_doubles, amenagements_specifiques, amenagements_precision,
                    vehicules_adaptes, deplacement_proximite, excursion, version, cree_par, cree_le, modifie_par,
                    modifie_le)
                values (:hid, true, :statut, :organisme, :nom, :gestionnaire, :label, :insee, :cp, :dep, :lat, :lon,
                    :ban, :tel1, :tel2, :email, :type, :visite, :visiteLe, :erp, :attestation, :arrete, :reponse,
                    :accessibilite, :accPrecision, :pension, cast(:prestations as varchar[]), :description, :lits,
                    :superposes, :dessus, :max, :couchage, :rangement, :unisexes, :doubles, :amenagements,
                    :amPrecision, :vehicules, :deplacement, :excursion, :version, :par, :le, :par, :le)
                returning id""")
                .params(parametres(f)).param("hid", hebergementId).param("statut", statut.code())
                .param("organisme", organismeId).param("version", version).param("par", par).param("le", le)
                .query(Long.class).single();
    }

    void mettreAJour(long ligne, Statut statut, FicheHebergement f, int version, long par, OffsetDateTime le) {
        jdbc.sql("""
                update hebergement set statut = :statut, nom = :nom, nom_gestionnaire = :gestionnaire,
                    adresse_label = :label, adresse_code_insee = :insee, adresse_code_postal = :cp, departement = :dep,
                    lat = :lat, lon = :lon, cle_ban = :ban, telephone_1 = :tel1, telephone_2 = :tel2, email = :email,
                    type = :type, visite_locaux = :visite, visite_locaux_le = :visiteLe, reglementation_erp = :erp,
                    fichier_attestation_securite = :attestation, fichier_arrete_maire = :arrete,
                    fichier_reponse_exploitant = :reponse, accessibilite = :accessibilite,
                    accessibilite_precision = :accPrecision, pension = :pension,
                    prestations = cast(:prestations as varchar[]), description = :description, nombre_lits = :lits,
                    nombre_lits_superposes = :superposes, lit_dessus = :dessus,
                    nombre_max_personnes_couchage = :max, couchage_individuel = :couchage,
                    rangement_individuel = :rangement, chambres_unisexes = :unisexes, chambres_doubles = :doubles,
                    amenagements_specifiques = :amenagements, amenagements_precision = :amPrecision,
                    vehicules_adaptes = :vehicules, deplacement_proximite = :deplacement, excursion = :excursion,
                    version = :version, modifie_par = :par, modifie_le = :le
                where id = :ligne""")
                .params(parametres(f)).param("statut", statut.code()).param("version", version).param("par", par)
                .param("le", le).param("ligne", ligne).update();
    }

    /** The row stops being the current version (a new one is inserted next). */
    void archiver(long ligne) {
        jdbc.sql("update hebergement set courante = false where id = :ligne").param("ligne", ligne).update();
    }

    void changerStatut(long ligne, Statut statut, int version, long par, OffsetDateTime le) {
        jdbc.sql("""
                update hebergement set statut = :statut, version = :version, modifie_par = :par, modifie_le = :le
                where id = :ligne""").param("statut", statut.code()).param("version", version).param("par", par)
                .param("le", le).param("ligne", ligne).update();
    }

    private static Map<String, Object> parametres(FicheHebergement f) {
        AdresseHebergement a = f.adresse();
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("nom", f.nom());
        p.put("gestionnaire", f.nomGestionnaire());
        p.put("label", a == null ? null : a.label());
        p.put("insee", a == null ? null : a.codeInsee());
        p.put("cp", a == null ? null : a.codePostal());
        p.put("dep", a == null ? null : a.departement());
        p.put("lat", a == null ? null : a.latitude());
        p.put("lon", a == null ? null : a.longitude());
        p.put("ban", a == null ? null : a.cleBan());
        p.put("tel1", f.telephone1());
        p.put("tel2", f.telephone2());
        p.put("email", f.email());
        p.put("type", f.type());
        p.put("visite", f.visiteLocaux());
        p.put("visiteLe", f.visiteLocauxLe());
        p.put("erp", f.reglementationErp());
        p.put("attestation", f.attestationSecurite());
        p.put("arrete", f.arreteMaire());
        p.put("reponse", f.reponseExploitant());
        p.put("accessibilite", f.accessibilite());
        p.put("accPrecision", f.accessibilitePrecision());
        p.put("pension", f.pension());
        p.put("prestations", "{" + String.join(",", f.prestations().stream().sorted().toList()) + "}");
        p.put("description", f.description());
        p.put("lits", f.nombreLits());
        p.put("superposes", f.nombreLitsSuperposes());
        p.put("dessus", f.litDessus());
        p.put("max", f.nombreMaxPersonnesCouchage());
        p.put("couchage", f.couchageIndividuel());
        p.put("rangement", f.rangementIndividuel());
        p.put("unisexes", f.chambresUnisexes());
        p.put("doubles", f.chambresDoubles());
        p.put("amenagements", f.amenagementsSpecifiques());
        p.put("amPrecision", f.amenagementsPrecision());
        p.put("vehicules", f.vehiculesAdaptes());
        p.put("deplacement", f.deplacementProximite());
        p.put("excursion", f.excursion());
        return p;
    }

    // ---- lists ----

    /** Filters of the organiser's list. */
    record FiltreOrganisateur(String nom, String adresse, Statut statut) {
    }

    private static String motif(String texte) {
        return "%" + texte.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }

    long compterOrganisateur(List<Long> organismes, FiltreOrganisateur f) {
        return jdbc.sql("select count(*) from hebergement h where " + conditionsOrganisateur(f))
                .params(parametresOrganisateur(organismes, f)).query(Long.class).single();
    }

    List<LigneHebergement> listeOrganisateur(List<Long> organismes, FiltreOrganisateur f, String tri,
            boolean desc, int limite, int decalage) {
        return jdbc.sql("select " + LIGNE + " from hebergement h where " + conditionsOrganisateur(f) + " order by "
                + TRIS.get(tri) + (desc ? " desc" : "") + " nulls last, h.id limit :limite offset :decalage")
                .params(parametresOrganisateur(organismes, f)).param("limite", limite).param("decalage", decalage)
                .query(Hebergements::ligne).list();
    }

    private static String conditionsOrganisateur(FiltreOrganisateur f) {
        return "h.courante and h.organisme_id in (:organismes)"
                + (f.nom() == null ? "" : " and lower(h.nom) like :nom")
                + (f.adresse() == null ? "" : " and lower(h.adresse_label) like :adresse")
                + (f.statut() == null ? "" : " and h.statut = :statut");
    }

    private static Map<String, Object> parametresOrganisateur(List<Long> organismes, FiltreOrganisateur f) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("organismes", organismes);
        if (f.nom() != null) {
            p.put("nom", motif(f.nom()));
        }
        if (f.adresse() != null) {
            p.put("adresse", motif(f.adresse()));
        }
        if (f.statut() != null) {
            p.put("statut", f.statut().code());
        }
        return p;
    }

    /** Condition on the agent's départements; {@code null} = national (every département). */
    private static String perimetre(List<String> departements) {
        return departements == null ? "" : " and h.departement in (:deps)";
    }

    long compterActifs(List<String> departements, String recherche) {
        var requete = jdbc.sql("select count(*) from hebergement h where h.courante and h.statut = 'actif'"
                + perimetre(departements) + (recherche == null ? "" : RECHERCHE));
        return parametresBo(requete, departements, recherche).query(Long.class).single();
    }

    List<LigneHebergement> actifs(List<String> departements, String recherche, String tri, boolean desc,
            int limite, int decalage) {
        var requete = jdbc.sql("select " + LIGNE + " from hebergement h where h.courante and h.statut = 'actif'"
                + perimetre(departements) + (recherche == null ? "" : RECHERCHE) + " order by " + TRIS.get(tri)
                + (desc ? " desc" : "") + " nulls last, h.id limit :limite offset :decalage");
        return parametresBo(requete, departements, recherche).param("limite", limite).param("decalage", decalage)
                .query(Hebergements::ligne).list();
    }

    private static final String RECHERCHE = " and (lower(h.nom) like :q or lower(h.email) like :q"
            + " or lower(h.adresse_label) like :q)";

    private static JdbcClient.StatementSpec parametresBo(JdbcClient.StatementSpec requete, List<String> departements,
            String recherche) {
        if (departements != null) {
            requete = requete.param("deps", departements.isEmpty() ? List.of("-") : departements);
        }
        return recherche == null ? requete : requete.param("q", motif(recherche));
    }

    // ---- map ----

    private static final String BOITE = " and h.lat is not null and h.lon is not null"
            + " and point(h.lon, h.lat) <@ box(point(:ouest, :sud), point(:est, :nord))";

    long compterDansBoite(List<String> departements, double ouest, double sud, double est, double nord) {
        var requete = jdbc.sql("select count(*) from hebergement h where h.courante and h.statut = 'actif'"
                + perimetre(departements) + BOITE);
        return boite(parametresBo(requete, departements, null), ouest, sud, est, nord).query(Long.class).single();
    }

    List<PointCarte> pointsDansBoite(List<String> departements, double ouest, double sud, double est, double nord,
            int limite) {
        var requete = jdbc.sql("select h.lat, h.lon, h.hebergement_id, h.nom, h.adresse_label from hebergement h"
                + " where h.courante and h.statut = 'actif'" + perimetre(departements) + BOITE
                + " order by lower(h.nom), h.id limit :limite");
        return boite(parametresBo(requete, departements, null), ouest, sud, est, nord).param("limite", limite)
                .query((rs, n) -> new PointCarte(rs.getDouble(1), rs.getDouble(2), 1,
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** Grid clustering in SQL: one point per non-empty cell of {@code cellule} degrees, at the cell's mean position. */
    List<PointCarte> groupesDansBoite(List<String> departements, double ouest, double sud, double est, double nord,
            double cellule) {
        var requete = jdbc.sql("select avg(h.lat), avg(h.lon), count(*) from hebergement h"
                + " where h.courante and h.statut = 'actif'" + perimetre(departements) + BOITE
                + " group by floor(h.lat / :cellule), floor(h.lon / :cellule) order by 3 desc");
        return boite(parametresBo(requete, departements, null), ouest, sud, est, nord).param("cellule", cellule)
                .query((rs, n) -> new PointCarte(rs.getDouble(1), rs.getDouble(2), rs.getInt(3), null, null, null))
                .list();
    }

    private static JdbcClient.StatementSpec boite(JdbcClient.StatementSpec requete, double ouest, double sud,
            double est, double nord) {
        return requete.param("ouest", ouest).param("sud", sud).param("est", est).param("nord", nord);
    }

    // ---- an organisme's page in the back office ----

    /** An hébergement as an organisme's back-office page lists it. */
    record Publie(UUID hebergementId, String nom, String codeCommune, String departement, Statut statut) {
    }

    /** The current versions of an organisme's hébergements but the drafts, by name. */
    List<Publie> publiesDe(long organismeId) {
        return jdbc.sql("""
                select h.hebergement_id, h.nom, h.adresse_code_insee, h.departement, h.statut from hebergement h
                where h.courante and h.organisme_id = :o and h.statut <> 'brouillon' order by lower(h.nom), h.id""")
                .param("o", organismeId)
                .query((rs, n) -> new Publie(rs.getObject("hebergement_id", UUID.class), rs.getString("nom"),
                        rs.getString("adresse_code_insee"), rs.getString("departement"),
                        Statut.deCode(rs.getString("statut"))))
                .list();
    }

    // ---- documents ----

    /** The organisme and département of every version of the hébergement a row belongs to. */
    List<Map.Entry<Long, String>> versionsDeLaLigne(long ligne) {
        return jdbc.sql("""
                select v.organisme_id, v.departement, v.statut from hebergement h
                join hebergement v on v.hebergement_id = h.hebergement_id where h.id = :ligne""")
                .param("ligne", ligne)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2) == null ? "" : rs.getString(2)))
                .list();
    }

    // ---- mapping ----

    private static LigneHebergement ligne(ResultSet rs, int n) throws SQLException {
        return new LigneHebergement(rs.getObject("hebergement_id", UUID.class), rs.getLong("organisme_id"),
                rs.getString("nom"), rs.getString("departement"), rs.getString("adresse_label"),
                Statut.deCode(rs.getString("statut")), rs.getString("telephone_1"), rs.getString("email"),
                rs.getObject("visite_locaux_le", LocalDate.class), booleen(rs, "reglementation_erp"));
    }

    private static Hebergement hebergement(ResultSet rs, int n) throws SQLException {
        AdresseHebergement adresse = rs.getString("adresse_label") == null ? null
                : new AdresseHebergement(rs.getString("adresse_label"), rs.getString("adresse_code_insee"),
                        rs.getString("adresse_code_postal"), rs.getString("departement"),
                        rs.getObject("lat", Double.class), rs.getObject("lon", Double.class), rs.getString("cle_ban"));
        FicheHebergement f = new FicheHebergement(rs.getString("nom"), rs.getString("nom_gestionnaire"), adresse,
                rs.getString("telephone_1"), rs.getString("telephone_2"), rs.getString("email"), rs.getString("type"),
                booleen(rs, "visite_locaux"), rs.getObject("visite_locaux_le", LocalDate.class),
                booleen(rs, "reglementation_erp"), rs.getObject("fichier_attestation_securite", UUID.class),
                rs.getObject("fichier_arrete_maire", UUID.class), rs.getObject("fichier_reponse_exploitant", UUID.class),
                rs.getString("accessibilite"), rs.getString("accessibilite_precision"), rs.getString("pension"),
                new HashSet<>(textes(rs.getArray("prestations"))), rs.getString("description"),
                entier(rs, "nombre_lits"), entier(rs, "nombre_lits_superposes"), booleen(rs, "lit_dessus"),
                entier(rs, "nombre_max_personnes_couchage"), booleen(rs, "couchage_individuel"),
                booleen(rs, "rangement_individuel"), booleen(rs, "chambres_unisexes"), booleen(rs, "chambres_doubles"),
                booleen(rs, "amenagements_specifiques"), rs.getString("amenagements_precision"),
                booleen(rs, "vehicules_adaptes"), rs.getString("deplacement_proximite"), rs.getString("excursion"));
        Timestamp le = rs.getTimestamp("modifie_le");
        return new Hebergement(rs.getLong("id"), rs.getObject("hebergement_id", UUID.class),
                Statut.deCode(rs.getString("statut")), rs.getLong("organisme_id"), f, rs.getInt("version"),
                le.toInstant().atOffset(ZoneOffset.UTC));
    }

    private static Boolean booleen(ResultSet rs, String colonne) throws SQLException {
        return rs.getObject(colonne, Boolean.class);
    }

    private static Integer entier(ResultSet rs, String colonne) throws SQLException {
        return rs.getObject(colonne, Integer.class);
    }

    private static List<String> textes(Array tableau) throws SQLException {
        return tableau == null ? List.of() : Arrays.asList((String[]) tableau.getArray());
    }
}
