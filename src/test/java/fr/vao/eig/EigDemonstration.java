package fr.vao.eig;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.vao.sejour.DeclarationsPourEig;

/**
 * The demo EIG (issue 5 item 8), local run only (profile {@code local}, test sources: never in the production jar).
 * Their sensitive fields are encrypted with the local key, so they are written by the module's own repository at
 * start rather than by SQL: on Alpha's running and finished stays, one draft, one submitted and unread, one read by
 * the DDETS 75 only, one read by both (LU). Written once: nothing when Alpha already has EIG.
 */
@Component
@Profile("local")
class EigDemonstration {

    private static final Logger LOG = LoggerFactory.getLogger(EigDemonstration.class);
    private static final String ALPHA = "73282932000074";

    private final JdbcClient jdbc;
    private final Eigs eigs;
    private final DeclarationsPourEig sejours;
    private final TransactionTemplate transaction;

    EigDemonstration(JdbcClient jdbc, Eigs eigs, DeclarationsPourEig sejours, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.eigs = eigs;
        this.sejours = sejours;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void auDemarrage() {
        Integer n = transaction.execute(s -> creer());
        if (n != null && n > 0) {
            LOG.info("Données de démonstration : {} EIG d'Alpha créés", n);
        }
    }

    private Long declaration(String libelle) {
        return jdbc.sql("""
                select d.id from declaration_sejour d join organisme o on o.id = d.organisme_id
                where o.siret = :siret and d.libelle = :libelle""").param("siret", ALPHA).param("libelle", libelle)
                .query(Long.class).optional().orElse(null);
    }

    int creer() {
        if (jdbc.sql("select count(*) from eig e join organisme o on o.id = e.organisme_id where o.siret = :s")
                .param("s", ALPHA).query(Integer.class).single() > 0) {
            return 0;
        }
        Long enCours = declaration("Démo – Séjour en cours : Normandie");
        Long terminee = declaration("Démo – Terminée : Pays basque");
        Long auteur = jdbc.sql("select id from organisateur where email = 'orga-alpha@vao.test'").query(Long.class)
                .optional().orElse(null);
        if (enCours == null || terminee == null || auteur == null) {
            return 0;
        }
        DeclarationsPourEig.Sejour normandie = sejours.sejour(enCours).orElseThrow();
        DeclarationsPourEig.Sejour paysBasque = sejours.sejour(terminee).orElseThrow();
        eig(normandie, auteur, normandie.dateDebut().plusDays(1), "FUGUE", null, null, "Départ du groupe pendant "
                + "la visite du marché, vacancier retrouvé par la gendarmerie deux heures plus tard.");
        eig(normandie, auteur, normandie.dateDebut(), "ACCIDENT_CORPOREL", "ENVOYE", null,
                "Chute dans l’escalier de l’hébergement le premier soir, entorse de la cheville.");
        eig(paysBasque, auteur, paysBasque.dateDebut().plusDays(3), "INTOXICATION_ALIMENTAIRE", "DDETS", null,
                "Six vacanciers malades après le repas du midi au restaurant partenaire.");
        eig(paysBasque, auteur, paysBasque.dateDebut().plusDays(6), "SECURITE_AUTRE", "LU",
                "Perte des clés du minibus", "Minibus immobilisé une journée, activités reportées.");
        return 4;
    }

    /** @param etat null: a draft; ENVOYE; DDETS: read by the DDETS only; LU: read by both */
    private void eig(DeclarationsPourEig.Sejour s, long auteur, LocalDate date, String type, String etat,
            String precision, String deroulement) {
        OffsetDateTime le = OffsetDateTime.now().minusDays(etat == null ? 0 : 2);
        String dep = s.departements().get(0);
        long id = eigs.inserer(s, auteur, dep, date, le);
        eigs.enregistrerTypes(id, 0, List.of(new TypeChoisi(type, precision)), le);
        eigs.enregistrerRenseignements(id, 1, List.of(new Personne("Moreau", "Hélène", LocalDate.of(1978, 4, 12),
                "BAFD, infirmière", null, "0611223344")), deroulement,
                "Consignes rappelées à toute l’équipe le lendemain.",
                "Vacancier accompagné par l’infirmière, famille rassurée.",
                "Tuteurs prévenus par téléphone le jour même.", le);
        if (etat == null) {
            return;
        }
        eigs.transmettre(id, 2, "IDF", le);
        eigs.rendreVisible(id, List.of("FRA", dep, "IDF"), le);
        sejours.historiser(s.id(), "Julie Lefebvre", auteur, null, "eig_depot", "EIG " + id);
        if ("DDETS".equals(etat) || "LU".equals(etat)) {
            eigs.marquerLu(id, Eig.Service.DDETS, StatutEig.ENVOYE, le);
            sejours.historiser(s.id(), "DDETS " + dep, null, null, "eig_lecture", "EIG " + id);
        }
        if ("LU".equals(etat)) {
            eigs.marquerLu(id, Eig.Service.DREETS, StatutEig.LU, le);
            sejours.historiser(s.id(), "DREETS IDF", null, null, "eig_lecture", "EIG " + id);
        }
    }
}
