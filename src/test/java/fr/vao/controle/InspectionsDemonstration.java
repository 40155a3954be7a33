package fr.vao.controle;

import java.time.OffsetDateTime;
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

import fr.vao.compte.agent.RolesAgent;
import fr.vao.document.Categorie;
import fr.vao.document.DocumentStocke;
import fr.vao.document.Documents;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * The reports of the demo inspections (R__inspections_demo.sql), local run only (profile {@code local}, test
 * sources): the demo data is SQL, so the PDF "Envoyer le rapport" would have stored is generated once at start, by
 * the same template, for each demo inspection whose report is sent and has none yet.
 */
@Component
@Profile("local")
class InspectionsDemonstration {

    private static final Logger LOG = LoggerFactory.getLogger(InspectionsDemonstration.class);

    private final JdbcClient jdbc;
    private final GestionInspections gestion;
    private final Documents documents;
    private final TransactionTemplate transaction;

    InspectionsDemonstration(JdbcClient jdbc, GestionInspections gestion, Documents documents,
            TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.gestion = gestion;
        this.documents = documents;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void auDemarrage() {
        List<Long> ids = jdbc.sql("""
                select id from inspection where synthese like 'Démo – %' and rapport_envoye_le is not null
                  and rapport_document_id is null order by id""").query(Long.class).list();
        if (ids.isEmpty()) {
            return;
        }
        long agentId = jdbc.sql("select id from agent where email = 'ddets-75@vao.test'").query(Long.class).single();
        UtilisateurConnecte agent = new UtilisateurConnecte(Portail.BO, agentId, "ddets-75@vao.test", "Petit",
                "Nadia", Set.of(RolesAgent.CONTROLE), "75", "DEP");
        for (long id : ids) {
            transaction.executeWithoutResult(s -> {
                GestionInspections.Vue v = gestion.lire(agent, id);
                byte[] pdf = gestion.rapport(v, OffsetDateTime.now(), "DDETS " + v.inspection().departement());
                DocumentStocke d = documents.enregistrerGenere(GestionInspections.nomRapport(v.inspection()),
                        Categorie.INSPECTION_RAPPORT, pdf, GestionInspections.TYPE_DOCUMENT, id, agent);
                jdbc.sql("update inspection set rapport_document_id = :d where id = :id").param("d", d.id())
                        .param("id", id).update();
            });
        }
        LOG.info("Données de démonstration : {} rapports d'inspection générés", ids.size());
    }
}
