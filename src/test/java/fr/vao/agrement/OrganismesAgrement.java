package fr.vao.agrement;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/** Test organismes for the agrément requests: a finalised siège social of Île-de-France with one validated user. */
public final class OrganismesAgrement {

    /** SIRETs are unique across the shared database: 766… belongs to the agrément tests. */
    private static final AtomicInteger SIREN = new AtomicInteger(766_000_000);

    /** What a test needs of an organisme. */
    public record Organisme(long id, String siret, UtilisateurConnecte membre, String email) {
    }

    private OrganismesAgrement() {
    }

    /**
     * A finalised personne morale (siège social, Paris) with one validated, CGU-accepted user.
     *
     * @param finValidite the end of validity of its VALIDE agrément of Île-de-France; null: no agrément
     */
    public static Organisme nouveau(JdbcClient jdbc, java.time.LocalDate finValidite) {
        String siret = SIREN.incrementAndGet() + "00011";
        long organisme = jdbc.sql("""
                insert into organisme (type, siret, siren, porteur_agrement, complet, departement, region, cree_le,
                                       modifie_le)
                values ('PERSONNE_MORALE', :siret, :siren, true, true, '75', 'IDF', now(), now()) returning id""")
                .param("siret", siret).param("siren", siret.substring(0, 9)).query(Long.class).single();
        String email = "agrement-" + siret + "@vao.test";
        long membre = jdbc.sql("""
                insert into organisateur (email, mot_de_passe, nom, prenom, telephone, siret, siret_verifie,
                                          region_code, statut, cgu_acceptees_le)
                values (:email, :mdp, 'Bernard', 'Claire', '0612345678', :siret, true, 'IDF', 'VALIDATED', now())
                returning id""")
                .param("email", email).param("mdp", TestIntegration.HASH_DEMO).param("siret", siret)
                .query(Long.class).single();
        jdbc.sql("insert into organisme_membre (organisateur_id, organisme_id, cree_le) values (:u, :o, now())")
                .param("u", membre).param("o", organisme).update();
        jdbc.sql("""
                insert into organisme_identite (organisme_id, courante, siret, verifiee, raison_sociale,
                    categorie_juridique, adresse, pays, email, telephone, siege_social, resp_nom, resp_prenom,
                    resp_fonction, resp_email, resp_telephone, resp_adresse, cree_le)
                values (:o, true, :siret, true, 'VACANCES POUR TOUS ' || :siret, '9220', '8 RUE DU BAC 75007 PARIS',
                    'France', 'contact@vacances.vao.test', '0140000002', true, 'Garcia', 'Inès',
                    'Présidente', 'ines.garcia@vacances.vao.test', '0612345679', '8 rue du Bac 75007 Paris', now())""")
                .param("o", organisme).param("siret", siret).update();
        if (finValidite != null) {
            jdbc.sql("""
                    insert into agrement (organisme_id, statut, type_depot, numero, region_obtention, date_obtention,
                                          date_fin_validite, cree_le, cree_par, modifie_le)
                    values (:o, 'VALIDE', 'EXISTANT', 'AGR-IDF-' || :o, 'IDF', :fin - interval '5 years', :fin,
                            now(), 0, now())""").param("o", organisme).param("fin", finValidite).update();
        }
        return new Organisme(organisme, siret, Connectes.organisateur(membre, "IDF"), email);
    }

    /** A fresh organisme turned into an établissement secondaire (SIRET …00029) of the siège's SIREN. */
    public static Organisme etablissement(JdbcClient jdbc, Organisme siege) {
        Organisme e = nouveau(jdbc, null);
        String siren = siege.siret().substring(0, 9);
        String siret = siren + "00029";
        jdbc.sql("update organisme set siren = :siren, siret = :siret, porteur_agrement = false where id = :id")
                .param("siren", siren).param("siret", siret).param("id", e.id()).update();
        jdbc.sql("update organisme_identite set siret = :siret, siege_social = false where organisme_id = :id")
                .param("siret", siret).param("id", e.id()).update();
        jdbc.sql("update organisateur set siret = :siret where email = :email").param("siret", siret)
                .param("email", e.email()).update();
        return new Organisme(e.id(), siret, e.membre(), e.email());
    }
}
