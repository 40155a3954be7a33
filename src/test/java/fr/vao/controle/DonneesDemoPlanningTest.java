package fr.vao.controle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The demo data of the planning (R__donnees_demo_planning.sql) loads after the other demo data, twice, in a
 * transaction rolled back at the end: the DDETS 75 inspector's planning shows the demo's high-risk first stay above
 * Alpha's stays.
 */
@Transactional
class DonneesDemoPlanningTest extends TestIntegration {

    @Autowired
    PlanningControles planning;

    @Test
    @Sql({"/db/demo/R__donnees_demo.sql", "/db/demo/R__donnees_demo_agrements.sql",
        "/db/demo/R__donnees_demo_planning.sql", "/db/demo/R__donnees_demo_planning.sql"})
    void lePremierSejourAHautRisqueDeLaDemonstration() {
        assertThat(jdbc.sql("""
                select count(*) from agent_role r join agent a on a.id = r.agent_id
                where a.email in ('ddets-75@vao.test', 'ddets-69@vao.test') and r.role = 'Controle'""")
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from declaration_sejour where libelle = 'Démo – Planning : Montmartre'")
                .query(Long.class).single()).as("re-runnable").isEqualTo(1);
        LocalDate jour = planning.aujourdhui();
        List<PlanningControles.Ligne> lignes = planning.planning(Connectes.agent(1, "75", "DEP", "Controle"), jour,
                jour.plusDays(28), null).lignes();
        PlanningControles.Ligne montmartre = lignes.stream()
                .filter(l -> l.sejour().libelle().equals("Démo – Planning : Montmartre")).findFirst().orElseThrow();
        assertThat(montmartre.score().contributions()).extracting(ScoreRisque.Contribution::critere)
                .containsExactly(CritereRisque.PREMIER_SEJOUR, CritereRisque.JAMAIS_INSPECTE,
                        CritereRisque.ENCADREMENT_FAIBLE, CritereRisque.POLYHANDICAP, CritereRisque.DEFICIENCE_MENTALE,
                        CritereRisque.GRAND_GROUPE, CritereRisque.NOUVEL_HEBERGEMENT);
        assertThat(montmartre.sejour().lat()).isNotNull();
        assertThat(lignes).anyMatch(l -> l.sejour().libelle().equals("Démo – Validée : Camargue"))
                .anyMatch(l -> l.sejour().libelle().equals("Démo – Séjour en cours : Normandie"));
        assertThat(lignes.stream().filter(l -> l.sejour().libelle().startsWith("Démo – "))
                .mapToInt(l -> l.score().total()).max().orElseThrow()).isEqualTo(montmartre.score().total());
    }
}
