package dev.vao.banc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import fr.vao.organisme.ProtocoleSanitaire;
import fr.vao.organisme.ProtocoleTransport;
import fr.vao.organisme.Responsable;
import fr.vao.sejour.PersonnelPrevu;
import fr.vao.sejour.ProjetSejour;
import fr.vao.sejour.Vacanciers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds a database with organisers' data at volume for the benchmark (docs/performance.md): organismes with their
 * account, agrément and hébergements, déclarations in every status with their hébergement, visibility, history and
 * messages, and three agents (DDETS 75, DREETS IDF, national). Everything is written by set-based SQL
 * ({@code generate_series}), in one transaction; no PDF is generated. Each run uses its own SIREN range
 * ({@code base + 1 … base + organismes}), so that a smoke run can share a database with other tests.
 *
 * @param base first SIREN of the range, minus one
 * @param organismes how many organismes (one account, one agrément, {@code hebergements} hébergements each)
 * @param declarations déclarations per organisme (a quarter of the organismes are in Paris, one of their five
 *        hébergements there, so that the DDETS 75 has a list deep enough for its page 500)
 * @param messages messages per submitted déclaration (when the messagerie's tables exist)
 */
public record Volume(int base, int organismes, int hebergements, int declarations, int messages) {

    /** 10 × national volume (issue 4 point 12): 20,000 organismes, 100,000 hébergements, 200,000 déclarations. */
    public static Volume national() {
        return new Volume(800_000_000, 20_000, 5, 10, 6);
    }

    /** Room asked for before seeding the national volume (the database stays under 5 GB). */
    static final long DISQUE_MIN = 6L * 1024 * 1024 * 1024;

    /** The demo password's hash ({@code VaoDemo-2026!}, bcrypt cost 4), for every seeded account. */
    public static final String HASH = fr.vao.support.TestIntegration.HASH_DEMO;

    /** Concurrent clients a benchmark may run: each logs in with its own account of each role. */
    public static final int CLIENTS_MAX = 4;

    /**
     * The accounts a benchmark logs in with ({@link #CLIENTS_MAX} of each role: a login ends the other sessions of
     * the same account), and one déclaration the DDETS 75 instructs.
     */
    public record Comptes(List<String> ddets, List<String> dreets, List<String> national,
            List<String> organisateurs, long declaration) {
    }

    public String email(String qui) {
        return "banc-" + base + "-" + qui + "@vao.test";
    }

    /** Stops when the disk where the database lives has less room than the national volume needs. */
    static void verifierDisque(Path dossier) throws java.io.IOException {
        Files.createDirectories(dossier);
        long libre = Files.getFileStore(dossier).getUsableSpace();
        if (libre < DISQUE_MIN) {
            throw new IllegalStateException("Espace disque insuffisant pour le jeu de données : " + libre / 1_048_576
                    + " Mo libres, " + DISQUE_MIN / 1_048_576 + " Mo demandés (" + dossier + ")");
        }
    }

    /** Whether this range is already seeded (a benchmark database is seeded once). */
    public boolean present(DataSource source) throws SQLException {
        try (Connection c = source.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from organisme where siren = ?")) {
            s.setString(1, siren(1));
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    private String siren(int n) {
        return String.format("%09d", base + n);
    }

    /** Seeds the range; returns how long each part took, in milliseconds. */
    public Map<String, Long> generer(DataSource source, JsonMapper json) throws SQLException {
        Map<String, Long> durees = new LinkedHashMap<>();
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                executer(s, durees, "préparation", preparation(json));
                executer(s, durees, "organismes", ORGANISMES);
                executer(s, durees, "hébergements", HEBERGEMENTS);
                executer(s, durees, "déclarations", DECLARATIONS);
                executer(s, durees, "visibilité et historique", VISIBILITE);
                if (tableExiste(c, "message")) {
                    executer(s, durees, "messages", MESSAGES);
                }
                executer(s, durees, "agents", AGENTS);
                // the dashboards read the statistics' read models (ADR 0031): rebuilt as the nightly job would
                if (tableExiste(c, "stat_sejour")) {
                    executer(s, durees, "statistiques", "select statistique_actualiser(now())");
                }
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                executer(s, durees, "analyse", "analyze");
            }
        }
        return durees;
    }

    /** The accounts and one déclaration the DDETS 75 instructs, for the benchmark's requests. */
    public Comptes comptes(DataSource source) throws SQLException {
        try (Connection c = source.getConnection(); PreparedStatement s = c.prepareStatement("""
                select d.id from declaration_sejour d join organisme o on o.id = d.organisme_id
                where o.siren = ? and d.departement_suivi = '75' and d.statut <> 'BROUILLON' order by d.id limit 1""")) {
            s.setString(1, siren(1));
            try (var rs = s.executeQuery()) {
                rs.next();
                java.util.function.Function<String, List<String>> quatre = qui -> java.util.stream.IntStream
                        .rangeClosed(1, CLIENTS_MAX).mapToObj(i -> email(qui + "-" + i)).toList();
                // the organismes 1, 5, 9, 13 are in Paris (g % 4 = 1), with their déclarations
                List<String> organisateurs = java.util.stream.IntStream.range(0, CLIENTS_MAX)
                        .mapToObj(i -> email("organisateur-" + (1 + 4 * i))).toList();
                return new Comptes(quatre.apply("ddets-75"), quatre.apply("dreets-idf"), quatre.apply("national"),
                        organisateurs, rs.getLong(1));
            }
        }
    }

    private static boolean tableExiste(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select to_regclass(?) is not null")) {
            s.setString(1, table);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static void executer(Statement s, Map<String, Long> durees, String partie, String sql)
            throws SQLException {
        long debut = System.nanoTime();
        s.execute(sql);
        durees.put(partie, (System.nanoTime() - debut) / 1_000_000);
    }

    /** The parameters of the run and the JSON of the steps, in temporary tables of the transaction. */
    private String preparation(JsonMapper json) {
        Responsable responsable = new Responsable("Lefebvre", "Julie", "Directrice des séjours",
                "1 rue de Rivoli 75001 Paris", "0612345678", "julie.lefebvre@banc.vao.test");
        Vacanciers vacanciers = new Vacanciers(4, 6, 10, Set.of("18_39"), Set.of("moteur"), "Fauteuils roulants");
        PersonnelPrevu personnel = new PersonnelPrevu(3, 1, true);
        ProjetSejour projet = new ProjetSejour(Set.of("mer"), Set.of("baignade"), Set.of(), Set.of(), null);
        ProtocoleTransport transport = new ProtocoleTransport(Set.of("organisateur"), Set.of("autocar"),
                "Car affrété depuis le siège", false, true, "Rampe d'accès et ancrages");
        ProtocoleSanitaire sanitaire = new ProtocoleSanitaire(false, null, Set.of(), null, false, null, true,
                Set.of("accompagnant"), "Distribution par l'accompagnant référent", true, "Armoire fermée à clé",
                true, false, null, "aucune", null, true, false, null, true, false, null, false, null, false, null,
                true, "Plan canicule du lieu", "Argent de poche remis chaque jour");
        return """
                create temporary table banc_parametres on commit drop as select
                    %d::bigint base, %d n, %d heb, %d decl, %d msg, '%s'::text hash,
                    '%s'::jsonb responsable, '%s'::jsonb vacanciers, '%s'::jsonb personnel, '%s'::jsonb projet,
                    '%s'::jsonb transport, '%s'::jsonb sanitaire, date '%s' premier_jour;
                create temporary table banc_dep on commit drop as
                    select code, parent_code region, (row_number() over (order by code)) - 1 rang
                    from territoire where niveau = 'DEP';
                """.formatted(base, organismes, hebergements, declarations, messages, HASH,
                sql(json, responsable), sql(json, vacanciers), sql(json, personnel), sql(json, projet),
                sql(json, transport), sql(json, sanitaire), LocalDate.of(2031, 1, 6));
    }

    private static String sql(JsonMapper json, Object valeur) {
        return json.writeValueAsString(valeur).replace("'", "''");
    }

    private static final String ORGANISMES = """
            create temporary table banc_org on commit drop as
                select g, lpad((p.base + g)::text, 9, '0') siren, lpad((p.base + g)::text, 9, '0') || '00011' siret,
                    case when g % 4 = 1 then '75'
                         else (select code from banc_dep where rang = g % (select count(*) from banc_dep)) end dep,
                    case when g % 5 = 0 then 'IDF' end region_agrement
                from banc_parametres p, generate_series(1, p.n) g;
            update banc_org b set region_agrement = d.region from banc_dep d
                where b.region_agrement is null and d.code = b.dep;
            insert into organisme (type, siret, siren, porteur_agrement, complet, departement, region, cree_le,
                                   modifie_le)
                select 'PERSONNE_MORALE', b.siret, b.siren, true, true, b.dep, d.region, now(), now()
                from banc_org b join banc_dep d on d.code = b.dep;
            alter table banc_org add column id bigint, add column membre bigint;
            update banc_org b set id = o.id from organisme o where o.siret = b.siret and not o.supprime;
            insert into organisme_identite (organisme_id, courante, siret, verifiee, raison_sociale,
                    categorie_juridique, adresse, pays, email, telephone, siege_social, resp_nom, resp_prenom,
                    resp_fonction, resp_email, resp_telephone, resp_adresse, cree_le)
                select b.id, true, b.siret, true, 'ASSOCIATION BANC ' || b.g, '9220', b.g || ' RUE DU BANC',
                    'France', 'contact-' || b.g || '@banc.vao.test', '0140000001', true, 'Lefebvre', 'Julie',
                    'Directrice', 'julie@banc.vao.test', '0612345678', '1 rue de Rivoli 75001 Paris', now()
                from banc_org b;
            insert into organisateur (email, mot_de_passe, nom, prenom, telephone, siret, siret_verifie,
                                      region_code, statut, cgu_acceptees_le)
                select 'banc-' || p.base || '-organisateur-' || b.g || '@vao.test', p.hash, 'Banc', 'Paul',
                    '0612345678', b.siret, true, d.region, 'VALIDATED', now()
                from banc_org b join banc_dep d on d.code = b.dep, banc_parametres p;
            update banc_org b set membre = u.id from organisateur u, banc_parametres p
                where u.email = 'banc-' || p.base || '-organisateur-' || b.g || '@vao.test';
            insert into organisme_membre (organisateur_id, organisme_id, cree_le)
                select membre, id, now() from banc_org;
            insert into agrement (organisme_id, statut, type_depot, numero, region_obtention, date_obtention,
                                  date_fin_validite, cree_le, cree_par, modifie_le)
                select id, 'VALIDE', 'EXISTANT', 'AGR-BANC-' || g, region_agrement, date '2026-06-01',
                    date '2031-06-01', now(), 0, now()
                from banc_org;
            """;

    private static final String HEBERGEMENTS = """
            create temporary table banc_heb on commit drop as
                select b.id organisme, b.membre, b.g, k, gen_random_uuid() uuid,
                    case when k = 1 then b.dep
                         else (select code from banc_dep
                               where rang = (b.g * 7 + k * 13) % (select count(*) from banc_dep)) end dep
                from banc_org b, banc_parametres p, generate_series(1, p.heb) k;
            insert into hebergement (hebergement_id, courante, statut, organisme_id, nom, adresse_label,
                    adresse_code_insee, adresse_code_postal, departement, lat, lon, telephone_1, type, visite_locaux,
                    reglementation_erp, accessibilite, pension, description, cree_par, cree_le, modifie_par,
                    modifie_le)
                select uuid, true, 'actif', organisme, 'Hébergement ' || g || '-' || k,
                    k || ' route du lac ' || dep || '000', rpad(dep, 5, '0'), rpad(dep, 5, '0'), dep, 46.5, 2.5,
                    '0145000000', 'hotel', false, false, 'accessible', 'pension_complete', 'Chambres de 2', membre,
                    now(), membre, now()
                from banc_heb;
            alter table banc_heb add column ligne bigint;
            update banc_heb h set ligne = x.id from hebergement x where x.hebergement_id = h.uuid and x.courante;
            """;

    /** Statuses in proportions close to a season's: mostly finished or validated stays. */
    private static final List<String> STATUTS = List.of("BROUILLON", "TRANSMISE", "EN COURS", "A MODIFIER",
            "REFUSEE", "EN ATTENTE DECLARATION 8 JOURS", "TRANSMISE 8J", "EN COURS 8J", "A MODIFIER 8J",
            "REFUSEE 8J", "VALIDEE 8J", "VALIDEE 8J", "SEJOUR EN COURS", "TERMINEE", "TERMINEE", "TERMINEE",
            "TERMINEE", "ANNULEE", "ABANDONNEE", "VALIDEE 8J");

    private static final String DECLARATIONS = """
            create temporary table banc_decl on commit drop as
                select b.id organisme, b.membre, b.g, j, b.region_agrement,
                    (array['%s'])[1 + (b.g * 3 + j) %% %d] statut,
                    p.premier_jour + ((b.g * 7 + j * 37) %% 700) debut,
                    3 + (j %% 10) duree
                from banc_org b, banc_parametres p, generate_series(1, p.decl) j;
            alter table banc_decl add column id bigint, add column heb bigint, add column uuid uuid,
                add column dep varchar(4), add column nom varchar(80);
            update banc_decl x set heb = h.ligne, uuid = h.uuid, dep = h.dep, nom = 'Hébergement ' || h.g || '-' || h.k
                from banc_heb h, banc_parametres p
                where h.organisme = x.organisme and h.k = 1 + (x.j - 1) %% p.heb;
            insert into declaration_sejour (numero, statut, organisme_id, departement_suivi, libelle, date_debut,
                    date_fin, periode, effectif, itinerant, responsable, vacanciers, personnel, projet, transport,
                    sanitaire, organisme_instantane, attestation, version, cree_par, cree_le, modifie_le,
                    transmise_le)
                select case when x.statut = 'BROUILLON' then null
                            else 'DS-' || to_char(x.debut, 'YY') || '-' || x.dep || '-B'
                                 || lpad(((x.g::bigint + p.base) * 100 + x.j)::text, 12, '0') end,
                    x.statut, x.organisme, case when x.statut = 'BROUILLON' then null else x.dep end,
                    'Séjour ' || x.j || ' de l''association ' || x.g, x.debut, x.debut + x.duree,
                    (array['hiver', 'hiver', 'hiver', 'printemps', 'printemps', 'printemps', 'ete', 'ete', 'ete',
                           'automne', 'automne', 'automne'])[extract(month from x.debut)::int],
                    10, false, p.responsable, p.vacanciers, p.personnel, p.projet, p.transport, p.sanitaire,
                    jsonb_build_object('nom', 'ASSOCIATION BANC ' || x.g, 'siret', lpad((p.base + x.g)::text, 9, '0')
                        || '00011', 'personneMorale', true, 'agrementNumero', 'AGR-BANC-' || x.g, 'agrementRegion',
                        x.region_agrement, 'agrementObtention', '2026-06-01', 'agrementFin', '2031-06-01'),
                    case when x.statut = 'BROUILLON' then null
                         else jsonb_build_object('aCertifie', true, 'nom', 'Lefebvre', 'prenom', 'Julie',
                                 'qualite', 'Directrice', 'le', '2026-11-02') end,
                    0, x.membre, now() - interval '30 days',
                    now() - ((x.g * 10 + x.j) %% 40000) * interval '1 minute',
                    case when x.statut = 'BROUILLON' then null else now() - interval '29 days' end
                from banc_decl x, banc_parametres p;
            update banc_decl x set id = d.id from declaration_sejour d, banc_parametres p
                where d.organisme_id = x.organisme and d.libelle = 'Séjour ' || x.j || ' de l''association ' || x.g;
            insert into declaration_hebergement (declaration_id, ordre, hebergement_id, hebergement_version, nom,
                    departement, date_debut, date_fin)
                select id, 0, uuid, heb, nom, dep, debut, debut + duree from banc_decl;
            """.formatted(String.join("', '", STATUTS), STATUTS.size());

    private static final String VISIBILITE = """
            insert into declaration_visibilite (territoire, declaration_id)
                select distinct t, x.id from banc_decl x join banc_dep d on d.code = x.dep,
                    lateral (values (x.dep), (d.region), (x.region_agrement)) v(t)
                where x.statut <> 'BROUILLON' and t is not null;
            insert into declaration_historique (declaration_id, le, source, organisateur_id, type)
                select id, now() - interval '30 days', 'Paul Banc', membre, 'creation' from banc_decl;
            insert into declaration_historique (declaration_id, le, source, organisateur_id, type, metadonnees)
                select id, now() - interval '29 days', 'Paul Banc', membre, 'depot_2m',
                    jsonb_build_object('statut', 'TRANSMISE')
                from banc_decl where statut <> 'BROUILLON';
            """;

    /** Messages alternate between the organiser and an agent; the last one of each conversation is unread. */
    private static final String MESSAGES = """
            insert into agent (email, mot_de_passe, nom, prenom, territoire_code, active_le, cgu_acceptees_le)
                select 'banc-' || base || '-ddets-75-1@vao.test', hash, 'Banc', 'Agent 75', '75', now(), now()
                from banc_parametres;
            insert into message (fil_type, fil_id, organisateur_id, agent_id, auteur, texte, cree_le, lu_le)
                select 'declaration', x.id, case when m % 2 = 1 then x.membre end,
                    case when m % 2 = 0 then a.id end, case when m % 2 = 1 then 'Paul Banc' else 'Agent 75 Banc' end,
                    'Message ' || m || ' sur le séjour ' || x.j,
                    now() - interval '28 days' + m * interval '1 hour',
                    case when m < p.msg then now() - interval '28 days' + m * interval '1 hour' end
                from banc_decl x, banc_parametres p, generate_series(1, p.msg) m,
                    (select id from agent where email = (select 'banc-' || base || '-ddets-75-1@vao.test'
                                                         from banc_parametres)) a
                where x.statut <> 'BROUILLON';
            insert into fil_message (fil_type, fil_id, nombre, dernier_le, dernier_de, dernier_lu)
                select 'declaration', x.id, p.msg, now() - interval '28 days' + p.msg * interval '1 hour',
                    case when p.msg % 2 = 1 then 'ORGANISATEUR' else 'AGENT' end, false
                from banc_decl x, banc_parametres p where x.statut <> 'BROUILLON';
            """;

    private static final String AGENTS = """
            insert into agent (email, mot_de_passe, nom, prenom, territoire_code, active_le, cgu_acceptees_le)
                select 'banc-' || base || '-' || qui || '-' || c || '@vao.test', hash, 'Banc', 'Agent ' || t, t,
                    now(), now()
                from banc_parametres, generate_series(1, 4) c,
                    (values ('ddets-75', '75'), ('dreets-idf', 'IDF'), ('national', 'FRA')) v(qui, t)
                on conflict do nothing;
            insert into agent_role (agent_id, role)
                select a.id, r from agent a, banc_parametres p, (values ('DemandeSejour_Ecriture'), ('eig')) v(r)
                where a.email like 'banc-' || p.base || '-%@vao.test'
                on conflict do nothing;
            """;

    /** Deletes the range (the smoke run's rows, so that other tests never see them). */
    public void supprimer(DataSource source) throws SQLException {
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            String organismes = "select id from organisme where siren between '" + siren(1) + "' and '"
                    + siren(organismes()) + "'";
            String declarations = "select id from declaration_sejour where organisme_id in (" + organismes + ")";
            if (tableExiste(c, "message")) {
                s.execute("delete from message where fil_type = 'declaration' and fil_id in (" + declarations + ")");
                s.execute("delete from fil_message where fil_type = 'declaration' and fil_id in (" + declarations
                        + ")");
            }
            s.execute("delete from declaration_sejour where organisme_id in (" + organismes + ")");
            s.execute("delete from declaration_compteur_organisme where organisme_id in (" + organismes + ")");
            s.execute("delete from hebergement where organisme_id in (" + organismes + ")");
            s.execute("delete from agrement where organisme_id in (" + organismes + ")");
            s.execute("delete from organisme_identite where organisme_id in (" + organismes + ")");
            s.execute("delete from organisme_membre where organisme_id in (" + organismes + ")");
            s.execute("delete from organisateur where email like 'banc-" + base + "-%'");
            s.execute("delete from agent_role where agent_id in (select id from agent where email like 'banc-"
                    + base + "-%')");
            s.execute("delete from agent where email like 'banc-" + base + "-%'");
            s.execute("delete from organisme where id in (" + organismes + ")");
            if (tableExiste(c, "stat_sejour")) {
                s.execute("select statistique_actualiser(now())");
            }
            c.commit();
        }
    }
}
