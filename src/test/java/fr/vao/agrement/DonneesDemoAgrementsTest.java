package fr.vao.agrement;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The demo agrément requests (R__donnees_demo_agrements.sql) load after the other demo data, twice, in a transaction
 * rolled back at the end; their content reads back and passes the transmission's rules.
 */
@Transactional
class DonneesDemoAgrementsTest extends TestIntegration {

    @Autowired
    DossiersAgrement dossiers;
    @Autowired
    CycleAgrement cycle;

    private long organisateur(String email) {
        return jdbc.sql("select id from organisateur where email = :e").param("e", email).query(Long.class).single();
    }

    private long demande(String statut) {
        return jdbc.sql("select id from agrement where statut = :s and type_depot <> 'EXISTANT' and organisme_id in"
                + " (select id from organisme where siret like '911000%')")
                .param("s", statut).query(Long.class).single();
    }

    @Test
    @Sql({"/db/demo/R__donnees_demo.sql", "/db/demo/R__donnees_demo_agrements.sql",
        "/db/demo/R__donnees_demo.sql", "/db/demo/R__donnees_demo_agrements.sql"})
    void uneDemandeDansChacunDesHuitStatutsAvecSonDossierEtSesDelais() throws Exception {
        assertThat(jdbc.sql("""
                select string_agg(statut, ',' order by statut) from agrement where type_depot <> 'EXISTANT'
                and organisme_id in (select id from organisme where siret like '911000%')""")
                .query(String.class).single())
                .isEqualTo("A_COMPLETER,A_CORRIGER,BROUILLON,EN_INSTRUCTION,PRIS_EN_CHARGE,REFUSE,TRANSMIS,VALIDE");
        assertThat(jdbc.sql("select active from fonctionnalite where code = 'RENOUVELLEMENT_AGREMENT'")
                .query(Boolean.class).single()).isTrue();
        LocalDate jour = LocalDate.now();
        DelaiSva enCours = cycle.delai(demande("EN_INSTRUCTION")).orElseThrow();
        assertThat(enCours.etat()).isEqualTo(DelaiSva.Etat.RUNNING);
        assertThat(enCours.joursRestants(jour)).isPositive();
        assertThat(cycle.delai(demande("A_CORRIGER")).orElseThrow().etat()).isEqualTo(DelaiSva.Etat.PAUSED);
        assertThat(cycle.delai(demande("VALIDE")).orElseThrow().etat()).isEqualTo(DelaiSva.Etat.STOPPED);
        // the content reads back whole, the renewal with its 4 years
        DossierAgrement transmis = dossiers.lire(demande("TRANSMIS")).orElseThrow();
        assertThat(transmis.renouvellement()).isTrue();
        assertThat(transmis.bilan().annees()).hasSize(4);
        assertThat(transmis.projet().activites()).contains("BAIGNADE");
        // the complete ones pass the transmission's rules, the draft does not
        long idTransmis = demande("TRANSMIS");
        DemandeOrganisateur vue = (DemandeOrganisateur) mvc.perform(get("/agrement/" + idTransmis + "/synthese")
                .with(en(Connectes.organisateur(organisateur("orga-agr-transmis@vao.test"), "IDF")))).andReturn()
                .getModelAndView().getModel().get("d");
        assertThat(vue.incomplets()).isEmpty();
        assertThat(vue.historique()).extracting(EntreeHistoriqueAgrement::type)
                .containsExactly(TypeHistoriqueAgrement.TRANSMISSION, TypeHistoriqueAgrement.MODIFICATION,
                        TypeHistoriqueAgrement.CREATION);
        String page = mvc.perform(get("/agrement/" + demande("A_COMPLETER"))
                .with(en(Connectes.organisateur(organisateur("orga-agr-completer@vao.test"), "IDF")))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("La DREETS demande des compléments", "attestation d&#39;assurance rapatriement",
                "agr_immatricul.pdf");
        // the banner of the organisme whose agrément ends in 100 days
        BanniereExpiration banniere = (BanniereExpiration) mvc.perform(get("/")
                .with(en(Connectes.organisateur(organisateur("orga-agr-expiration@vao.test"), "IDF")))).andReturn()
                .getModelAndView().getModel().get("banniereAgrement");
        assertThat(banniere.jours()).isEqualTo(100);
    }
}
