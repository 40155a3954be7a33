package fr.vao.compte.connexion.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import fr.vao.compte.connexion.Authentification;
import fr.vao.plateforme.securite.Portail;

/**
 * The "S'identifier avec ProConnect" button of the back office's login page, only when ProConnect is configured, and
 * the message of a ProConnect login that failed ({@code /bo/connexion?proconnect=…}).
 */
@ControllerAdvice(assignableTypes = ConnexionController.class)
class BoutonProConnect {

    /** The refusals of {@link Authentification#verifierProConnect}, each with its message. */
    private static final Set<String> REFUS = Set.of(Authentification.Refus.INCONNU.name(),
            Authentification.Refus.NON_VALIDE.name(), Authentification.Refus.DESACTIVE.name());

    private final boolean configure;

    BoutonProConnect(ObjectProvider<ConnexionProConnect> proconnect) {
        this.configure = proconnect.getIfAvailable() != null;
    }

    @ModelAttribute("proconnect")
    boolean proconnect(HttpServletRequest request) {
        return configure && Requetes.portail(request) == Portail.BO;
    }

    /** The message key of a failure; unknown values get the generic one. */
    @ModelAttribute("erreurProconnect")
    String erreur(@RequestParam(name = "proconnect", required = false) String code, HttpServletRequest request) {
        if (code == null || !proconnect(request)) {
            return null;
        }
        return "proconnect.refus." + (REFUS.contains(code) ? code : "erreur");
    }
}
