package fr.vao.sejour;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * Fixtures of the EIG tests (package fr.vao.eig): an agreed organisme (IDF) as {@link OrganismesAgrees} makes it,
 * with an EIG role for its member, and a déclaration registered at 8 days, inserted as the demo data does.
 */
public final class SejoursPourEig {

    /** An organisme, its member (with these EIG roles), and its two hébergements (75, 92). */
    public record Organisateur(long organismeId, UtilisateurConnecte membre, String email, UUID paris,
            UUID nanterre) {
    }

    private SejoursPourEig() {
    }

    public static Organisateur organisateur(JdbcClient jdbc, String... rolesEig) {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        for (String r : rolesEig) {
            jdbc.sql("insert into organisateur_role (organisateur_id, role, accorde_le) values (:u, :r, now())")
                    .param("u", o.membre().id()).param("r", r).update();
        }
        UtilisateurConnecte m = new UtilisateurConnecte(Portail.FO, o.membre().id(), o.email(), "Martin", "Paul",
                java.util.Set.of(rolesEig), "IDF", null);
        return new Organisateur(o.id(), m, o.email(), o.paris(), o.nanterre());
    }

    /** An active agent of this territory; returns its e-mail. */
    public static String agent(JdbcClient jdbc, String territoire, String... roles) {
        return OrganismesAgrees.agent(jdbc, territoire, roles);
    }

    public static long idAgent(JdbcClient jdbc, String email) {
        return jdbc.sql("select id from agent where email = :e").param("e", email).query(Long.class).single();
    }

    /**
     * A déclaration in this status, numbered, followed by the DDETS 75, in the Paris hébergement then (itinérant)
     * in the Nanterre one, with one encadrant and one accompagnant declared at 8 days.
     */
    public static long declaration(JdbcClient jdbc, Organisateur o, String statut, LocalDate debut, LocalDate fin) {
        long id = jdbc.sql("""
                insert into declaration_sejour (numero, statut, organisme_id, departement_suivi, libelle, date_debut,
                    date_fin, periode, effectif, responsable, vacanciers, personnel, projet, equipe,
                    organisme_instantane, cree_par, cree_le, modifie_le, transmise_le)
                values ('DS-EIG-' || nextval('declaration_numero_seq'), :statut, :o, '75', 'Séjour EIG à la mer',
                    :debut, :fin, 'ete', 10,
                    '{"nom":"Lefebvre","prenom":"Julie","fonction":"Directrice","adresse":"1 rue de Rivoli 75001 Paris","telephone":"0612345678","email":"responsable-eig@sejours.vao.test"}',
                    '{"femmes":4,"hommes":6,"total":10,"tranchesAge":["18_39"],"deficiences":["moteur"],"precisionDeficiences":"Fauteuils"}',
                    '{"nombreAccompagnants":3,"nombreResponsables":1,"procedureRecrutementSupplementaire":true}',
                    '{"destinations":["mer"],"activitesSportives":["baignade"],"activitesCulturelles":[],"activitesBienEtre":[],"activitesPersonnel":null}',
                    '{"encadrants":[{"nom":"Moreau","prenom":"Hélène","dateNaissance":"1978-04-12","competence":"BAFD","fonctions":["medicaments"],"telephone":"0611223344","attestation":true}],"accompagnants":[{"nom":"Garnier","prenom":"Tom","dateNaissance":"1998-09-30","competence":"BAFA","fonctions":["activites"],"telephone":"0655667788","attestation":true}],"formation":"Réunion","prestataires":[]}',
                    jsonb_build_object('nom', 'SEJOURS ADAPTES EIG ' || :o, 'siret', '0', 'personneMorale', true,
                        'agrementNumero', 'AGR', 'agrementRegion', 'IDF'),
                    :par, now(), now(), now())
                returning id""").param("statut", statut).param("o", o.organismeId()).param("debut", debut)
                .param("fin", fin).param("par", o.membre().id()).query(Long.class).single();
        LocalDate milieu = debut.plusDays(Math.max(1, (fin.toEpochDay() - debut.toEpochDay()) / 2));
        etape(jdbc, id, 0, o.paris(), "75", debut, milieu);
        etape(jdbc, id, 1, o.nanterre(), "92", milieu, fin);
        jdbc.sql("""
                insert into declaration_visibilite (territoire, declaration_id)
                select t, :id from unnest(array['75', '92', 'IDF']) t on conflict do nothing""").param("id", id)
                .update();
        return id;
    }

    private static void etape(JdbcClient jdbc, long id, int ordre, UUID hebergement, String dep, LocalDate debut,
            LocalDate fin) {
        jdbc.sql("""
                insert into declaration_hebergement (declaration_id, ordre, hebergement_id, hebergement_version, nom,
                    departement, date_debut, date_fin)
                select :id, :ordre, h.hebergement_id, h.id, h.nom, :dep, :debut, :fin from hebergement h
                where h.hebergement_id = :h and h.courante""").param("id", id).param("ordre", ordre)
                .param("h", hebergement).param("dep", dep).param("debut", debut).param("fin", fin).update();
    }

    /** The types of the history entries of a déclaration, oldest first, with their source. */
    public static java.util.List<String> historique(JdbcClient jdbc, long id) {
        return jdbc.sql("select type || ' ' || source from declaration_historique where declaration_id = :id "
                + "order by id").param("id", id).query(String.class).list();
    }

    /** The subjects of the mails this address received, once the outbox is sent. */
    public static java.util.List<String> sujetsRecus(fr.vao.notification.EnvoiCourriels envoi,
            com.icegreen.greenmail.util.GreenMail smtp, String email) {
        return Parcours.sujetsRecus(envoi, smtp, email);
    }
}
