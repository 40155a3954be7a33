package fr.vao.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page of a per-address limit (ADR 0036), in a real browser, says when to try again and passes the axe-core
 * checks. The browser comes from the loopback, exempted in the tests: it sends an X-Forwarded-For, which the
 * loopback, a trusted proxy, passes on.
 */
class LimitesNavigateurTest extends TestNavigateur {

    private void envoyerDepuis(String adresse) {
        ChromeDriver chrome = (ChromeDriver) navigateur;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", adresse == null ? Map.of() : Map.of("X-Forwarded-For", adresse)));
    }

    private void demanderUnLien() {
        ouvrir("/mot-de-passe-oublie");
        remplir("email", "navigateur-" + ThreadLocalRandom.current().nextInt(1_000_000) + "@limites.test").submit();
    }

    @Test
    void auDelaDeLaLimiteLaPageDitQuandReessayerEtEstAccessible() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        envoyerDepuis("198.19." + r.nextInt(256) + "." + r.nextInt(1, 255));
        try {
            for (int i = 0; i < 5; i++) {
                demanderUnLien();
                attendreTexte("Si un compte correspond à cette adresse");
            }
            demanderUnLien();
            attendreTexte("Trop de tentatives");
            assertThat(navigateur.findElements(By.tagName("h1"))).hasSize(1);
            assertThat(navigateur.getTitle()).isEqualTo("Trop de tentatives – Portail VAO");
            assertThat(texteDeLaPage()).contains("rien n’a été enregistré ni envoyé")
                    .containsPattern("Vous pourrez réessayer dans 1[45] minutes, à partir de \\d{1,2} h \\d{2}\\.")
                    .contains("Erreur 429");
            verifierAccessibilite();
            capture("limite-atteinte");
        } finally {
            envoyerDepuis(null);
        }
    }
}
