package fr.vao.organisme;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organismes and their sections (tables organisme*). */
@Repository
class Organismes {

    private static final String COLONNES = "o.id, o.type, o.siret, o.siren, o.porteur_agrement, o.complet, o.version";

    private final JdbcClient jdbc;

    Organismes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Organisme organisme(ResultSet rs, int n) throws SQLException {
        return new Organisme(rs.getLong("id"), TypeOrganisme.valueOf(rs.getString("type")), rs.getString("siret"),
                rs.getString("siren"), rs.getBoolean("porteur_agrement"), rs.getBoolean("complet"),
                rs.getInt("version"));
    }

    Optional<Organisme> trouver(long id) {
        return jdbc.sql("select " + COLONNES + " from organisme o where o.id = :id and not o.supprime")
                .param("id", id).query(Organismes::organisme).optional();
    }

    Optional<Organisme> duMembre(long organisateurId) {
        return jdbc.sql("select " + COLONNES + " from organisme o"
                + " join organisme_membre m on m.organisme_id = o.id where m.organisateur_id = :u and not o.supprime")
                .param("u", organisateurId).query(Organismes::organisme).optional();
    }

    Optional<Organisme> parSiret(String siret) {
        return jdbc.sql("select " + COLONNES + " from organisme o where o.siret = :siret and not o.supprime")
                .param("siret", siret).query(Organismes::organisme).optional();
    }

    List<Organisme> parSiren(String siren) {
        return jdbc.sql("select " + COLONNES + " from organisme o where o.siren = :siren and not o.supprime order by o.id")
                .param("siren", siren).query(Organismes::organisme).list();
    }

    /** Locks the organisme for a change, checking the version the user saw when given. */
    Optional<Organisme> verrouiller(long id) {
        return jdbc.sql("select " + COLONNES + " from organisme o where o.id = :id and not o.supprime for update")
                .param("id", id).query(Organismes::organisme).optional();
    }

    long creer(TypeOrganisme type, String siret, boolean porteur, long organisateurId, OffsetDateTime le) {
        long id = jdbc.sql("""
                insert into organisme (type, siret, siren, porteur_agrement, cree_le, modifie_le)
                values (:type, :siret, :siren, :porteur, :le, :le) returning id""")
                .param("type", type.name()).param("siret", siret).param("siren", siret.substring(0, 9))
                .param("porteur", porteur).param("le", le).query(Long.class).single();
        rattacher(organisateurId, id, le);
        return id;
    }

    void rattacher(long organisateurId, long organismeId, OffsetDateTime le) {
        jdbc.sql("insert into organisme_membre (organisateur_id, organisme_id, cree_le) values (:u, :o, :le)")
                .param("u", organisateurId).param("o", organismeId).param("le", le).update();
    }

    /** Links the user unless it already belongs to an organisme. */
    void rattacherSiAbsent(long organisateurId, long organismeId, OffsetDateTime le) {
        jdbc.sql("""
                insert into organisme_membre (organisateur_id, organisme_id, cree_le) values (:u, :o, :le)
                on conflict (organisateur_id) do nothing""")
                .param("u", organisateurId).param("o", organismeId).param("le", le).update();
    }

    List<Long> membres(long organismeId) {
        return jdbc.sql("select organisateur_id from organisme_membre where organisme_id = :o")
                .param("o", organismeId).query(Long.class).list();
    }

    void modifier(long id, boolean porteur, boolean complet, OffsetDateTime le) {
        jdbc.sql("""
                update organisme set porteur_agrement = :porteur, complet = :complet, modifie_le = :le,
                       version = version + 1 where id = :id""")
                .param("porteur", porteur).param("complet", complet).param("le", le).param("id", id).update();
    }

    void changerSiret(long id, String siret) {
        jdbc.sql("update organisme set siret = :siret, siren = :siren where id = :id")
                .param("siret", siret).param("siren", siret.substring(0, 9)).param("id", id).update();
    }

    String region(long id) {
        return jdbc.sql("select region from organisme where id = :id").param("id", id).query(String.class).single();
    }

    void localiser(long id, String departement, String region) {
        jdbc.sql("update organisme set departement = :d, region = :r where id = :id")
                .param("d", departement).param("r", region).param("id", id).update();
    }

    // --- identity, versioned

    private static final String IDENTITE = """
            id, siret, verifiee, raison_sociale, nom_commercial, categorie_juridique, adresse, pays, email, telephone,
            siege_social, etab_principal_siret, resp_nom, resp_prenom, resp_fonction, resp_email, resp_telephone,
            resp_adresse, nom_naissance, nom_usage, prenom, profession, adresse_domicile, adresse_identique,
            adresse_siege, latitude, longitude""";

    Optional<RenseignementsMorale> morale(long organismeId) {
        return jdbc.sql("select " + IDENTITE + " from organisme_identite where organisme_id = :o and courante")
                .param("o", organismeId)
                .query((rs, n) -> new RenseignementsMorale(rs.getBoolean("siege_social"), rs.getString("siret"),
                        rs.getString("etab_principal_siret"), rs.getString("raison_sociale"),
                        rs.getString("nom_commercial"), rs.getString("categorie_juridique"), rs.getString("adresse"),
                        rs.getString("pays"), rs.getString("email"), rs.getString("telephone"),
                        representants(rs.getLong("id")),
                        new Responsable(rs.getString("resp_nom"), rs.getString("resp_prenom"),
                                rs.getString("resp_fonction"), rs.getString("resp_adresse"),
                                rs.getString("resp_telephone"), rs.getString("resp_email")),
                        rs.getBoolean("verifiee"), rs.getObject("latitude", Double.class),
                        rs.getObject("longitude", Double.class)))
                .optional();
    }

    Optional<RenseignementsPhysique> physique(long organismeId) {
        return jdbc.sql("select " + IDENTITE + " from organisme_identite where organisme_id = :o and courante")
                .param("o", organismeId)
                .query((rs, n) -> new RenseignementsPhysique(rs.getString("siret"), rs.getString("nom_naissance"),
                        rs.getString("nom_usage"), rs.getString("prenom"), rs.getString("profession"),
                        rs.getString("telephone"), rs.getString("adresse_domicile"),
                        rs.getBoolean("adresse_identique"), rs.getString("adresse_siege"), rs.getBoolean("verifiee"),
                        rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class)))
                .optional();
    }

    private List<RepresentantLegal> representants(long identiteId) {
        return jdbc.sql("select nom, prenom, fonction from organisme_representant where identite_id = :i order by rang")
                .param("i", identiteId).query(RepresentantLegal.class).list();
    }

    /** Number of identity versions (the first save makes version 1). */
    int versionsIdentite(long organismeId) {
        return jdbc.sql("select count(*) from organisme_identite where organisme_id = :o").param("o", organismeId)
                .query(Integer.class).single();
    }

    /** Saves a personne morale's identity: a new version, or the current one edited in place. */
    void enregistrer(long organismeId, RenseignementsMorale r, boolean nouvelleVersion, long auteur,
            OffsetDateTime le) {
        long identite = identiteAEcrire(organismeId, nouvelleVersion, r.siret(), r.verifiee(), auteur, le);
        jdbc.sql("""
                update organisme_identite set siret = :siret, verifiee = :verifiee, raison_sociale = :raison,
                       nom_commercial = :commercial, categorie_juridique = :categorie, adresse = :adresse,
                       pays = :pays, email = :email, telephone = :telephone, siege_social = :siege,
                       etab_principal_siret = :principal, resp_nom = :rnom, resp_prenom = :rprenom,
                       resp_fonction = :rfonction, resp_email = :remail, resp_telephone = :rtel,
                       resp_adresse = :radresse, latitude = :lat, longitude = :lon
                where id = :id""")
                .param("siret", r.siret()).param("verifiee", r.verifiee()).param("raison", r.raisonSociale())
                .param("commercial", r.nomCommercial()).param("categorie", r.categorieJuridique())
                .param("adresse", r.adresse()).param("pays", r.pays()).param("email", r.email())
                .param("telephone", r.telephone()).param("siege", r.porteurAgrement())
                .param("principal", r.siretSiege()).param("rnom", r.responsable().nom())
                .param("rprenom", r.responsable().prenom()).param("rfonction", r.responsable().fonction())
                .param("remail", r.responsable().email()).param("rtel", r.responsable().telephone())
                .param("radresse", r.responsable().adresse()).param("lat", r.latitude())
                .param("lon", r.longitude()).param("id", identite).update();
        jdbc.sql("delete from organisme_representant where identite_id = :i").param("i", identite).update();
        for (int i = 0; i < r.representants().size(); i++) {
            RepresentantLegal rep = r.representants().get(i);
            jdbc.sql("""
                    insert into organisme_representant (identite_id, rang, nom, prenom, fonction)
                    values (:i, :rang, :nom, :prenom, :fonction)""")
                    .param("i", identite).param("rang", i).param("nom", rep.nom()).param("prenom", rep.prenom())
                    .param("fonction", rep.fonction()).update();
        }
    }

    void enregistrer(long organismeId, RenseignementsPhysique r, boolean nouvelleVersion, long auteur,
            OffsetDateTime le) {
        long identite = identiteAEcrire(organismeId, nouvelleVersion, r.siret(), r.verifiee(), auteur, le);
        jdbc.sql("""
                update organisme_identite set siret = :siret, verifiee = :verifiee, nom_naissance = :naissance,
                       nom_usage = :usage, prenom = :prenom, profession = :profession, telephone = :telephone,
                       adresse_domicile = :domicile, adresse_identique = :identique, adresse_siege = :siege,
                       latitude = :lat, longitude = :lon
                where id = :id""")
                .param("siret", r.siret()).param("verifiee", r.verifiee()).param("naissance", r.nomNaissance())
                .param("usage", r.nomUsage()).param("prenom", r.prenom()).param("profession", r.profession())
                .param("telephone", r.telephone()).param("domicile", r.adresseDomicile())
                .param("identique", r.adresseIdentique()).param("siege", r.adresseIdentique() ? null : r.adresseSiege())
                .param("lat", r.latitude()).param("lon", r.longitude()).param("id", identite).update();
    }

    private long identiteAEcrire(long organismeId, boolean nouvelleVersion, String siret, boolean verifiee,
            long auteur, OffsetDateTime le) {
        Optional<Long> courante = jdbc.sql("select id from organisme_identite where organisme_id = :o and courante")
                .param("o", organismeId).query(Long.class).optional();
        if (courante.isPresent() && !nouvelleVersion) {
            return courante.get();
        }
        courante.ifPresent(id -> jdbc.sql("update organisme_identite set courante = false where id = :id")
                .param("id", id).update());
        return jdbc.sql("""
                insert into organisme_identite (organisme_id, courante, siret, verifiee, cree_le, cree_par)
                values (:o, true, :siret, :verifiee, :le, :auteur) returning id""")
                .param("o", organismeId).param("siret", siret).param("verifiee", verifiee).param("le", le)
                .param("auteur", auteur).query(Long.class).single();
    }

    // --- établissements secondaires

    List<Etablissement> etablissements(long organismeId) {
        return jdbc.sql("""
                select siret, denomination, adresse, code_postal, commune, actif, autorise
                from organisme_etablissement where organisme_id = :o order by siret""")
                .param("o", organismeId).query(Etablissement.class).list();
    }

    /** Replaces the list by INSEE's: new ones added, known ones updated (a closed one is no longer enabled). */
    void synchroniser(long organismeId, List<Etablissement> insee, OffsetDateTime le) {
        List<String> sirets = insee.stream().map(Etablissement::siret).toList();
        jdbc.sql("delete from organisme_etablissement where organisme_id = :o"
                + (sirets.isEmpty() ? "" : " and siret not in (:sirets)"))
                .param("o", organismeId).param("sirets", sirets.isEmpty() ? List.of("") : sirets).update();
        for (Etablissement e : insee) {
            jdbc.sql("""
                    insert into organisme_etablissement (organisme_id, siret, denomination, adresse, code_postal,
                                                         commune, actif, autorise, maj_le)
                    values (:o, :siret, :denomination, :adresse, :cp, :commune, :actif, false, :le)
                    on conflict (organisme_id, siret) do update set denomination = excluded.denomination,
                        adresse = excluded.adresse, code_postal = excluded.code_postal, commune = excluded.commune,
                        actif = excluded.actif, autorise = organisme_etablissement.autorise and excluded.actif,
                        maj_le = excluded.maj_le""")
                    .param("o", organismeId).param("siret", e.siret()).param("denomination", e.denomination())
                    .param("adresse", e.adresse()).param("cp", e.codePostal()).param("commune", e.commune())
                    .param("actif", e.actif()).param("le", le).update();
        }
    }

    /** Enables or disables one establishment; only an active one can be enabled. */
    boolean autoriser(long organismeId, String siret, boolean autorise) {
        return jdbc.sql("""
                update organisme_etablissement set autorise = :autorise
                where organisme_id = :o and siret = :siret and (actif or not :autorise)""")
                .param("autorise", autorise).param("o", organismeId).param("siret", siret).update() == 1;
    }

    /** Whether the siège of this SIRET (a registered organisme) enabled it. */
    boolean estAutoriseParSiege(long siegeId, String siret) {
        return jdbc.sql("""
                select exists (select 1 from organisme_etablissement
                               where organisme_id = :o and siret = :siret and autorise)""")
                .param("o", siegeId).param("siret", siret).query(Boolean.class).single();
    }

    // --- protocols

    Optional<ProtocoleTransport> transport(long organismeId) {
        return jdbc.sql("select * from organisme_protocole_transport where organisme_id = :o").param("o", organismeId)
                .query((rs, n) -> new ProtocoleTransport(ensemble(rs.getArray("responsables")),
                        ensemble(rs.getArray("modes")), rs.getString("precision_mode_organisation"),
                        rs.getObject("deplacement_durant_sejour", Boolean.class),
                        rs.getObject("vehicules_adaptes", Boolean.class), rs.getString("precision_vehicules")))
                .optional();
    }

    void enregistrer(long organismeId, ProtocoleTransport p, OffsetDateTime le) {
        jdbc.sql("""
                insert into organisme_protocole_transport (organisme_id, responsables, modes,
                    precision_mode_organisation, deplacement_durant_sejour, vehicules_adaptes, precision_vehicules,
                    modifie_le)
                values (:o, :responsables, :modes, :precisionMode, :deplacement, :adaptes, :precisionVehicules, :le)
                on conflict (organisme_id) do update set responsables = excluded.responsables, modes = excluded.modes,
                    precision_mode_organisation = excluded.precision_mode_organisation,
                    deplacement_durant_sejour = excluded.deplacement_durant_sejour,
                    vehicules_adaptes = excluded.vehicules_adaptes,
                    precision_vehicules = excluded.precision_vehicules, modifie_le = excluded.modifie_le""")
                .param("o", organismeId).param("responsables", tableau(p.responsables()))
                .param("modes", tableau(p.modes())).param("precisionMode", p.precisionModeOrganisation())
                .param("deplacement", p.deplacementDurantSejour()).param("adaptes", p.vehiculesAdaptes())
                .param("precisionVehicules", p.precisionVehicules()).param("le", le).update();
    }

    private static final List<String> COLONNES_SANITAIRE = List.of("dispositions_specifiques",
            "precision_dispositions", "constitution_equipe", "precision_equipe", "accord_cabinet", "precision_cabinet",
            "trousse_pharmacie", "responsables_medicaments", "precision_medicaments", "stockage_securise",
            "precision_stockage", "conservation_thermosensibles", "individualisation_traitements",
            "precision_individualisation", "preparation_piluliers", "precision_piluliers", "prescription_jointe",
            "protocole_modification", "precision_modification", "fiche_suivi", "protocole_evacuation",
            "precision_evacuation", "protocole_accident", "precision_accident", "protocole_reorientation",
            "precision_reorientation", "protocole_canicule", "precision_canicule", "gestion_budget_personnel");

    Optional<ProtocoleSanitaire> sanitaire(long organismeId) {
        return jdbc.sql("select * from organisme_protocole_sanitaire where organisme_id = :o").param("o", organismeId)
                .query((rs, n) -> new ProtocoleSanitaire(b(rs, "dispositions_specifiques"),
                        rs.getString("precision_dispositions"), ensemble(rs.getArray("constitution_equipe")),
                        rs.getString("precision_equipe"), b(rs, "accord_cabinet"), rs.getString("precision_cabinet"),
                        b(rs, "trousse_pharmacie"), ensemble(rs.getArray("responsables_medicaments")),
                        rs.getString("precision_medicaments"), b(rs, "stockage_securise"),
                        rs.getString("precision_stockage"), b(rs, "conservation_thermosensibles"),
                        b(rs, "individualisation_traitements"), rs.getString("precision_individualisation"),
                        rs.getString("preparation_piluliers"), rs.getString("precision_piluliers"),
                        b(rs, "prescription_jointe"), b(rs, "protocole_modification"),
                        rs.getString("precision_modification"), b(rs, "fiche_suivi"), b(rs, "protocole_evacuation"),
                        rs.getString("precision_evacuation"), b(rs, "protocole_accident"),
                        rs.getString("precision_accident"), b(rs, "protocole_reorientation"),
                        rs.getString("precision_reorientation"), b(rs, "protocole_canicule"),
                        rs.getString("precision_canicule"), rs.getString("gestion_budget_personnel")))
                .optional();
    }

    void enregistrer(long organismeId, ProtocoleSanitaire p, OffsetDateTime le) {
        Object[] valeurs = {p.dispositionsSpecifiques(), p.precisionDispositions(), tableau(p.constitutionEquipe()),
            p.precisionEquipe(), p.accordCabinet(), p.precisionCabinet(), p.troussePharmacie(),
            tableau(p.responsablesMedicaments()), p.precisionMedicaments(), p.stockageSecurise(),
            p.precisionStockage(), p.conservationThermosensibles(), p.individualisationTraitements(),
            p.precisionIndividualisation(), p.preparationPiluliers(), p.precisionPiluliers(), p.prescriptionJointe(),
            p.protocoleModification(), p.precisionModification(), p.ficheSuivi(), p.protocoleEvacuation(),
            p.precisionEvacuation(), p.protocoleAccident(), p.precisionAccident(), p.protocoleReorientation(),
            p.precisionReorientation(), p.protocoleCanicule(), p.precisionCanicule(), p.gestionBudgetPersonnel()};
        String colonnes = String.join(", ", COLONNES_SANITAIRE);
        String marqueurs = String.join(", ", COLONNES_SANITAIRE.stream().map(c -> ":" + c).toList());
        String miseAJour = String.join(", ", COLONNES_SANITAIRE.stream().map(c -> c + " = excluded." + c).toList());
        JdbcClient.StatementSpec requete = jdbc.sql("insert into organisme_protocole_sanitaire (organisme_id, "
                + colonnes + ", modifie_le) values (:o, " + marqueurs + ", :le) on conflict (organisme_id) do update set "
                + miseAJour + ", modifie_le = excluded.modifie_le").param("o", organismeId).param("le", le);
        for (int i = 0; i < valeurs.length; i++) {
            requete = requete.param(COLONNES_SANITAIRE.get(i), valeurs[i]);
        }
        requete.update();
    }

    private static Boolean b(ResultSet rs, String colonne) throws SQLException {
        return rs.getObject(colonne, Boolean.class);
    }

    private static Set<String> ensemble(Array tableau) throws SQLException {
        return tableau == null ? Set.of() : new HashSet<>(Arrays.asList((String[]) tableau.getArray()));
    }

    private static String[] tableau(Set<String> valeurs) {
        return valeurs.stream().sorted().toArray(String[]::new);
    }

    // --- history

    void historiser(long organismeId, List<Historique> changes) {
        for (Historique h : changes) {
            jdbc.sql("""
                    insert into organisme_historique (organisme_id, section, champ, avant, apres, auteur, cree_le)
                    values (:o, :section, :champ, :avant, :apres, :auteur, :le)""")
                    .param("o", organismeId).param("section", h.section().name()).param("champ", h.champ())
                    .param("avant", h.avant()).param("apres", h.apres()).param("auteur", h.auteur())
                    .param("le", h.creeLe()).update();
        }
    }

    int nombreHistorique(long organismeId) {
        return jdbc.sql("select count(*) from organisme_historique where organisme_id = :o").param("o", organismeId)
                .query(Integer.class).single();
    }

    List<Historique> historique(long organismeId, int decalage, int taille) {
        return jdbc.sql("""
                select section, champ, avant, apres, auteur, cree_le from organisme_historique
                where organisme_id = :o order by cree_le desc, id desc offset :decalage limit :taille""")
                .param("o", organismeId).param("decalage", decalage).param("taille", taille)
                .query((rs, n) -> new Historique(Section.valueOf(rs.getString("section")), rs.getString("champ"),
                        rs.getString("avant"), rs.getString("apres"), rs.getString("auteur"),
                        rs.getObject("cree_le", OffsetDateTime.class)))
                .list();
    }
}
