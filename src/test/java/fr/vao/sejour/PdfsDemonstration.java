package fr.vao.sejour;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * The PDFs of the demo déclarations (issue 4 point 13), local run only (profile {@code local}, test sources: never in
 * the production jar): the demo data is SQL, so the documents its transitions would have produced are generated once
 * at start, by the same code as the transitions (déclaration préalable, fiche complémentaire, accusés de réception),
 * for each of Alpha's déclarations that has none yet.
 */
@Component
@Profile("local")
class PdfsDemonstration {

    private static final Logger LOG = LoggerFactory.getLogger(PdfsDemonstration.class);

    private static final Set<Statut> APRES_2_MOIS = Set.of(Statut.ATTENTE_8_JOURS, Statut.TRANSMISE_8J,
            Statut.EN_COURS_8J, Statut.A_MODIFIER_8J, Statut.REFUSEE_8J, Statut.VALIDEE_8J, Statut.SEJOUR_EN_COURS,
            Statut.TERMINEE);
    private static final Set<Statut> APRES_8_JOURS = Set.of(Statut.TRANSMISE_8J, Statut.EN_COURS_8J,
            Statut.A_MODIFIER_8J, Statut.REFUSEE_8J, Statut.VALIDEE_8J, Statut.SEJOUR_EN_COURS, Statut.TERMINEE);
    private static final Set<Statut> VALIDEES_8_JOURS = Set.of(Statut.VALIDEE_8J, Statut.SEJOUR_EN_COURS,
            Statut.TERMINEE);

    private final JdbcClient jdbc;
    private final DocumentsDeclaration documents;
    private final TransactionTemplate transaction;

    PdfsDemonstration(JdbcClient jdbc, DocumentsDeclaration documents, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void auDemarrage() {
        int n = generer();
        if (n > 0) {
            LOG.info("Données de démonstration : {} PDF de déclarations générés", n);
        }
    }

    /** Generates the missing PDFs of the demo déclarations; returns how many. */
    int generer() {
        List<Long> ids = jdbc.sql("""
                select d.id from declaration_sejour d join organisme o on o.id = d.organisme_id
                where o.siret = '73282932000074' and d.libelle like 'Démo – %' and d.numero is not null
                  and not exists (select 1 from document x where x.rattachement_type = 'declaration'
                                  and x.rattachement_id = d.id)
                order by d.id""").query(Long.class).list();
        if (ids.isEmpty()) {
            return 0;
        }
        UtilisateurConnecte organisateur = compte(Portail.FO, "select id from organisateur where email = 'orga-alpha@vao.test'");
        UtilisateurConnecte agent = compte(Portail.BO, "select id from agent where email = 'ddets-75@vao.test'");
        int n = 0;
        for (long id : ids) {
            n += transaction.execute(s -> {
                Statut statut = Statut.deCode(jdbc.sql("select statut from declaration_sejour where id = :id")
                        .param("id", id).query(String.class).single());
                int faits = 1;
                documents.transmission(id, organisateur, false);
                if (APRES_2_MOIS.contains(statut)) {
                    documents.enregistrement(id, agent, false);
                    faits++;
                }
                if (APRES_8_JOURS.contains(statut)) {
                    documents.transmission(id, organisateur, true);
                    faits++;
                }
                if (VALIDEES_8_JOURS.contains(statut)) {
                    documents.enregistrement(id, agent, true);
                    faits++;
                }
                return faits;
            });
        }
        return n;
    }

    private UtilisateurConnecte compte(Portail portail, String sql) {
        long id = jdbc.sql(sql).query(Long.class).single();
        return new UtilisateurConnecte(portail, id, "demo", "Démonstration", "Démonstration", Set.of(), null, null);
    }
}
