package fr.vao.navigateur;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.vao.support.TestIntegration;

/**
 * Base of the browser tests: one headless Debian Chromium shared by every browser test of the JVM (it quits at JVM
 * end), the application on its random port, an accessibility check with axe-core (WCAG 2.1 A and AA) and screenshots
 * under {@code target/captures}.
 */
public abstract class TestNavigateur extends TestIntegration {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final List<String> REGLES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static WebDriver partage;
    private static String axe;

    @LocalServerPort
    protected int port;

    protected WebDriver navigateur;

    @BeforeEach
    void ouvrirNavigateur() {
        this.navigateur = navigateurPartage();
        effacerCookies();
    }

    /**
     * Ends every session of the browser. WebDriver's deleteAllCookies only deletes the cookies visible from the
     * current page, so the back office's cookie (path /bo) would survive it on an organiser page.
     */
    protected void effacerCookies() {
        ((ChromeDriver) navigateur).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** The application's absolute URL for a path ("/cgu", "/bo/connexion"). */
    protected String url(String chemin) {
        return "http://localhost:" + port + chemin;
    }

    protected void ouvrir(String chemin) {
        navigateur.get(url(chemin));
    }

    protected WebElement remplir(String id, String valeur) {
        WebElement champ = navigateur.findElement(By.id(id));
        champ.clear();
        champ.sendKeys(valeur);
        return champ;
    }

    /**
     * Waits until the browser is on a page whose URL contains {@code chemin}: a submit may return before the answer
     * has loaded. Fails with the page reached and its text.
     */
    protected void attendreUrl(String chemin) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(navigateur, Duration.ofSeconds(20))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains(chemin));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("Page attendue " + chemin + ", obtenue " + navigateur.getCurrentUrl() + "\n" + texteDeLaPage());
        }
    }

    /** The visible text of the page's main content (also a useful assertion description). */
    protected String texteDeLaPage() {
        for (int essai = 1;; essai++) {
            try {
                return navigateur.findElement(By.tagName("main")).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                // the page was being replaced (a navigation in progress): read the new one
                if (essai == 5) {
                    throw e;
                }
            } catch (org.openqa.selenium.NoSuchElementException e) {
                // between two pages (a form just posted): wait for the next one's main content
                if (essai == 5) {
                    throw e;
                }
                new org.openqa.selenium.support.ui.WebDriverWait(navigateur, java.time.Duration.ofSeconds(10))
                        .until(d -> !d.findElements(By.tagName("main")).isEmpty());
            } catch (org.openqa.selenium.WebDriverException e) {
                // Chromium's form of the same race: "Node with given id does not belong to the document"
                if (essai == 5 || e.getMessage() == null
                        || !e.getMessage().contains("does not belong to the document")) {
                    throw e;
                }
            }
        }
    }

    /** Waits until the page's main content contains this text (whatever its case), for at most 20 seconds. */
    protected void attendreTexte(String texte) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(navigateur, java.time.Duration.ofSeconds(20))
                    .until(d -> texteDeLaPage().toLowerCase().contains(texte.toLowerCase()));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Texte attendu « " + texte + " » sur " + navigateur.getCurrentUrl() + "\n"
                    + texteDeLaPage(), e);
        }
    }

    /** Logs in through a portal's login page ("/connexion" or "/bo/connexion"). */
    protected void seConnecter(String page, String email, String motDePasse) {
        ouvrir(page);
        remplir("email", email);
        WebElement champ = remplir("motDePasse", motDePasse);
        champ.submit();
        // submit() may return before the answer has loaded: a navigation started now would cancel the login. Wait
        // until the field is gone; ChromeDriver reports a replaced page as a stale element or, at times, as "node
        // does not belong to the document": both mean the answer is there.
        new org.openqa.selenium.support.ui.WebDriverWait(navigateur, java.time.Duration.ofSeconds(20)).until(d -> {
            try {
                champ.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                return true;
            }
        });
    }

    /** Runs axe-core on the current page and fails with the list of WCAG 2.1 A/AA violations, if any. */
    protected void verifierAccessibilite() {
        JavascriptExecutor js = (JavascriptExecutor) navigateur;
        js.executeScript(axe());
        Object resultat = js.executeAsyncScript("""
                var fin = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']}).then(function (r) {
                  fin(r.violations.map(function (v) {
                    return {id: v.id, impact: v.impact, help: v.help,
                            cibles: v.nodes.map(function (n) { return n.target.join(' '); })};
                  }));
                }).catch(function (e) { fin('axe a échoué : ' + e); });""", REGLES);
        if (resultat instanceof String erreur) {
            fail(erreur);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) resultat;
        if (!violations.isEmpty()) {
            fail("Violations d'accessibilité sur " + navigateur.getCurrentUrl() + " :\n" + violations.stream()
                    .map(v -> "- " + v.get("id") + " (" + v.get("impact") + ") " + v.get("help") + " : "
                            + v.get("cibles"))
                    .collect(Collectors.joining("\n")));
        }
    }

    /** Saves a PNG screenshot of the current page as target/captures/{nom}.png; returns its path. */
    protected Path capture(String nom) {
        try {
            Path dossier = Path.of("target", "captures");
            Files.createDirectories(dossier);
            Path fichier = dossier.resolve(nom + ".png");
            Path temporaire = ((TakesScreenshot) navigateur).getScreenshotAs(OutputType.FILE).toPath();
            Files.move(temporaire, fichier, StandardCopyOption.REPLACE_EXISTING);
            return fichier;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized WebDriver navigateurPartage() {
        if (partage == null) {
            try {
                Path profil = Files.createTempDirectory("vao-chromium-");
                ChromeOptions options = new ChromeOptions();
                options.setBinary(CHROMIUM);
                options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--window-size=1280,900", "--lang=fr-FR",
                        "--user-data-dir=" + profil.toAbsolutePath());
                ChromeDriverService service = new ChromeDriverService.Builder()
                        .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
                WebDriver pilote = new ChromeDriver(service, options);
                pilote.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
                pilote.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    pilote.quit();
                    supprimer(profil);
                }, "arret-chromium"));
                partage = pilote;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return partage;
    }

    private static synchronized String axe() {
        if (axe == null) {
            try (InputStream source = TestNavigateur.class.getResourceAsStream("/axe/axe.min.js")) {
                if (source == null) {
                    throw new IllegalStateException("axe-core absent du classpath de test (/axe/axe.min.js) : "
                            + "lancez npm ci puis mvn test");
                }
                axe = new String(source.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    private static void supprimer(Path dossier) {
        try (var fichiers = Files.walk(dossier)) {
            fichiers.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
