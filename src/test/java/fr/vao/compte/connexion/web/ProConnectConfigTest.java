package fr.vao.compte.connexion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;

import fr.vao.compte.connexion.Authentification;
import fr.vao.plateforme.securite.ConnexionFederee;

/** ProConnect is off without a client id (ADR 0035): no registration, nothing added to the BO chain. */
class ProConnectConfigTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ProConnectConfig.Proprietes.class)
    static class Proprietes {
    }

    private final ApplicationContextRunner contexte = new ApplicationContextRunner()
            .withUserConfiguration(Proprietes.class, ProConnectConfig.class)
            .withPropertyValues("vao.proconnect.url=https://proconnect.test/api/v2/", "vao.proconnect.algorithme=RS256");

    @Test
    void sansClientIdRienNEstConfigure() {
        contexte.withPropertyValues("vao.proconnect.client-id=  ").run(c -> {
            assertThat(c).hasNotFailed();
            assertThat(c).doesNotHaveBean(ClientRegistrationRepository.class);
            assertThat(c).doesNotHaveBean(ConnexionFederee.class);
        });
    }

    @Test
    void avecClientIdLesPointsDAccesSontSousLUrlSansDecouverte() {
        contexte.withPropertyValues("vao.proconnect.client-id=abc", "vao.proconnect.client-secret=s")
                .withBean(FinConnexion.class, () -> org.mockito.Mockito.mock(FinConnexion.class))
                .withBean(Authentification.class, () -> org.mockito.Mockito.mock(Authentification.class))
                .run(c -> {
                    var r = c.getBean(ClientRegistrationRepository.class).findByRegistrationId("proconnect");
                    assertThat(r.getProviderDetails().getTokenUri()).isEqualTo("https://proconnect.test/api/v2/token");
                    assertThat(r.getProviderDetails().getIssuerUri()).isEqualTo("https://proconnect.test/api/v2");
                    assertThat(r.getClientSettings().isRequireProofKey()).isFalse();
                    assertThat(c.getBean(ConnexionFederee.class).origine()).isEqualTo("https://proconnect.test");
                });
    }

    @Test
    void lAlgorithmeEstCeluiChoisiALInscription() {
        assertThat(ProConnectConfig.algorithme("")).isEqualTo(SignatureAlgorithm.RS256);
        assertThat(ProConnectConfig.algorithme("es256")).isEqualTo(SignatureAlgorithm.ES256);
        assertThat(ProConnectConfig.algorithme("HS256")).isEqualTo(MacAlgorithm.HS256);
        assertThatThrownBy(() -> ProConnectConfig.algorithme("none")).hasMessageContaining("VAO_PROCONNECT_ALGORITHME");
    }
}
