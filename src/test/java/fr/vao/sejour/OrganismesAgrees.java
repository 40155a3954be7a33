package fr.vao.sejour;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * Organismes ready to declare stays, inserted as the demo data does (a complete fiche with its protocols, a VALIDE
 * agrément of IDF, an actif hébergement in Paris and one in Nanterre), each with its own SIREN (range 755…).
 */
final class OrganismesAgrees {

    private static final AtomicInteger SIREN = new AtomicInteger(755_100_000);

    /** What a test needs of an organisme. */
    record Organisme(long id, String siret, UtilisateurConnecte membre, String email, UUID paris, UUID nanterre) {
    }

    private OrganismesAgrees() {
    }

    static Organisme nouveau(JdbcClient jdbc, boolean agree) {
        String siret = SIREN.incrementAndGet() + "00011";
        long organisme = jdbc.sql("""
                insert into organisme (type, siret, siren, porteur_agrement, complet, departement, region, cree_le,
                                       modifie_le)
                values ('PERSONNE_MORALE', :siret, :siren, true, true, '75', 'IDF', now(), now()) returning id""")
                .param("siret", siret).param("siren", siret.substring(0, 9)).query(Long.class).single();
        String email = "sejour-" + siret + "@vao.test";
        long membre = jdbc.sql("""
                insert into organisateur (email, mot_de_passe, nom, prenom, telephone, siret, siret_verifie,
                                          region_code, statut, cgu_acceptees_le)
                values (:email, :mdp, 'Martin', 'Paul', '0612345678', :siret, true, 'IDF', 'VALIDATED', now())
                returning id""")
                .param("email", email).param("mdp", TestIntegration.HASH_DEMO).param("siret", siret)
                .query(Long.class).single();
        jdbc.sql("insert into organisme_membre (organisateur_id, organisme_id, cree_le) values (:u, :o, now())")
                .param("u", membre).param("o", organisme).update();
        jdbc.sql("""
                insert into organisme_identite (organisme_id, courante, siret, verifiee, raison_sociale,
                    categorie_juridique, adresse, pays, email, telephone, siege_social, resp_nom, resp_prenom,
                    resp_fonction, resp_email, resp_telephone, resp_adresse, cree_le)
                values (:o, true, :siret, true, 'SEJOURS ADAPTES ' || :siret, '9220', '1 RUE DE RIVOLI 75001 PARIS',
                    'France', 'contact@sejours.vao.test', '0140000001', true, 'Lefebvre', 'Julie',
                    'Directrice des séjours', 'julie.lefebvre@sejours.vao.test', '0612345678',
                    '1 rue de Rivoli 75001 Paris', now())""").param("o", organisme).param("siret", siret).update();
        jdbc.sql("""
                insert into organisme_protocole_transport (organisme_id, responsables, modes,
                    precision_mode_organisation, deplacement_durant_sejour, vehicules_adaptes, precision_vehicules,
                    modifie_le)
                values (:o, '{organisateur}', '{autocar}', 'Car affrété depuis le siège', true, true,
                    'Véhicules équipés de rampes', now())""").param("o", organisme).update();
        jdbc.sql("""
                insert into organisme_protocole_sanitaire (organisme_id, dispositions_specifiques,
                    constitution_equipe, accord_cabinet, trousse_pharmacie, responsables_medicaments,
                    precision_medicaments, stockage_securise, precision_stockage, conservation_thermosensibles,
                    individualisation_traitements, preparation_piluliers, prescription_jointe,
                    protocole_modification, fiche_suivi, protocole_evacuation, protocole_accident,
                    protocole_reorientation, protocole_canicule, precision_canicule, gestion_budget_personnel,
                    modifie_le)
                values (:o, false, '{}', false, true, '{accompagnant}', 'Distribution par l''accompagnant référent',
                    true, 'Armoire fermée à clé', true, false, 'aucune', true, false, true, false, false, false,
                    true, 'Plan canicule du lieu', 'Argent de poche remis chaque jour', now())""")
                .param("o", organisme).update();
        if (agree) {
            jdbc.sql("""
                    insert into agrement (organisme_id, statut, type_depot, numero, region_obtention, date_obtention,
                                          date_fin_validite, cree_le, cree_par, modifie_le)
                    values (:o, 'VALIDE', 'EXISTANT', 'AGR-IDF-' || :o, 'IDF', date '2024-06-01',
                            date '2029-06-01', now(), 0, now())""").param("o", organisme).update();
        }
        UUID paris = hebergement(jdbc, organisme, membre, "Maison des Lilas", "75", "75119", "75019");
        UUID nanterre = hebergement(jdbc, organisme, membre, "Résidence du Parc", "92", "92050", "92000");
        return new Organisme(organisme, siret, Connectes.organisateur(membre, "IDF"), email, paris, nanterre);
    }

    /**
     * A fresh complete organisme turned into an établissement secondaire (SIRET …00029, not porteur of the agrément)
     * of the siège's SIREN: it declares under its siège's agrément, in its own hébergements.
     */
    static Organisme etablissement(JdbcClient jdbc, Organisme siege) {
        Organisme e = nouveau(jdbc, false);
        String siren = siege.siret().substring(0, 9);
        String siret = siren + "00029";
        jdbc.sql("update organisme set siren = :siren, siret = :siret, porteur_agrement = false where id = :id")
                .param("siren", siren).param("siret", siret).param("id", e.id()).update();
        jdbc.sql("update organisme_identite set siret = :siret, siege_social = false where organisme_id = :id")
                .param("siret", siret).param("id", e.id()).update();
        jdbc.sql("update organisateur set siret = :siret where email = :email").param("siret", siret)
                .param("email", e.email()).update();
        return new Organisme(e.id(), siret, e.membre(), e.email(), e.paris(), e.nanterre());
    }

    private static UUID hebergement(JdbcClient jdbc, long organisme, long par, String nom, String dep, String insee,
            String cp) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into hebergement (hebergement_id, courante, statut, organisme_id, nom, adresse_label,
                    adresse_code_insee, adresse_code_postal, departement, lat, lon, telephone_1, type,
                    visite_locaux, reglementation_erp, accessibilite, pension, description, cree_par, cree_le,
                    modifie_par, modifie_le)
                values (:id, true, 'actif', :o, :nom, :nom || ' ' || :cp, :insee, :cp, :dep, 48.87, 2.39,
                    '0145000000', 'hotel', false, false, 'accessible', 'pension_complete', 'Chambres de 2',
                    :par, now(), :par, now())""")
                .param("id", id).param("o", organisme).param("nom", nom).param("cp", cp).param("insee", insee)
                .param("dep", dep).param("par", par).update();
        return id;
    }

    /** An active agent of this territory with these roles; returns its e-mail. */
    static String agent(JdbcClient jdbc, String territoire, String... roles) {
        String email = "agent-sejour-" + territoire.toLowerCase() + "-" + System.nanoTime() + "@vao.test";
        long id = jdbc.sql("""
                insert into agent (email, mot_de_passe, nom, prenom, territoire_code, active_le, cgu_acceptees_le)
                values (:email, :mdp, 'Agent', 'Test', :t, now(), now()) returning id""").param("email", email)
                .param("mdp", TestIntegration.HASH_DEMO).param("t", territoire).query(Long.class).single();
        for (String r : roles) {
            jdbc.sql("insert into agent_role (agent_id, role) values (:a, :r)").param("a", id).param("r", r).update();
        }
        return email;
    }
}
