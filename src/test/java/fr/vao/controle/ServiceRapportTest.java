package fr.vao.controle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.vao.compte.agent.RolesAgent;
import fr.vao.support.Connectes;

/** The report, its mail and the déclaration's history name the service of the agent who sends it. */
class ServiceRapportTest {

    @Test
    void leServiceEstCeluiDeLAgentQuiEnvoieLeRapport() {
        assertThat(GestionInspections.service(Connectes.agent(1, "75", "DEP", RolesAgent.CONTROLE)))
                .isEqualTo("DDETS 75");
        assertThat(GestionInspections.service(Connectes.agent(2, "IDF", "REG", RolesAgent.CONTROLE)))
                .isEqualTo("DREETS IDF");
        assertThat(GestionInspections.service(Connectes.agent(3, "FRA", "NAT", RolesAgent.CONTROLE)))
                .isEqualTo("DGCS");
    }
}
