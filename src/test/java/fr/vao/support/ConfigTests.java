package fr.vao.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import fr.vao.document.AccesDocuments;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/** The beans every integration test shares (one context): the settable clock, a document access rule for tests. */
@TestConfiguration(proxyBeanMethods = false)
public class ConfigTests {

    /** Documents attached to this kind with an organiser's id are readable by that organiser only. */
    public static final String RATTACHEMENT_TEST = "TEST_ORGANISATEUR";

    @Bean
    @Primary
    HorlogeReglable horlogeReglable() {
        return new HorlogeReglable();
    }

    @Bean
    AccesDocuments accesDocumentsDeTest() {
        return new AccesDocuments() {
            @Override
            public String typeRattachement() {
                return RATTACHEMENT_TEST;
            }

            @Override
            public boolean peutLire(UtilisateurConnecte utilisateur, long idObjet) {
                return utilisateur.portail() == Portail.FO && utilisateur.id() == idObjet;
            }
        };
    }
}
