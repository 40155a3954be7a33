package fr.vao.plateforme.securite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The list of VAO_PROXIES_DE_CONFIANCE turned into the value of Tomcat's RemoteIpValve. */
class ProxiesDeConfianceTest {

    @Test
    void chaqueAdresseDevientUnBlocCidrPourQueTomcatNeLaLiseJamaisCommeUneExpression() {
        assertThat(ProxiesDeConfiance.versTomcat(List.of("127.0.0.1", " ::1 ", "10.42.0.0/16", "fd00::/8")))
                .isEqualTo("127.0.0.1/32,::1/128,10.42.0.0/16,fd00::/8");
        // a list of plain addresses would otherwise be a regex matching nothing, or the dots would match anything
        assertThat(ProxiesDeConfiance.versTomcat(List.of("10.1.2.3"))).isEqualTo("10.1.2.3/32");
    }

    @Test
    void uneListeVideNeFaitConfianceAPersonne() {
        assertThat(ProxiesDeConfiance.versTomcat(List.of())).isEmpty();
        assertThat(ProxiesDeConfiance.versTomcat(List.of(" ", ""))).isEmpty();
    }

    @Test
    void uneEntreeQuiNEstNiUneAdresseNiUnBlocEmpecheLeDemarrage() {
        assertThatThrownBy(() -> ProxiesDeConfiance.versTomcat(List.of("10\\.0\\..*")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProxiesDeConfiance.versTomcat(List.of("10.0.0.0/33")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
