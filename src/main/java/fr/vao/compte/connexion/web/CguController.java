package fr.vao.compte.connexion.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import fr.vao.compte.connexion.Authentification;
import fr.vao.plateforme.securite.Autorites;
import fr.vao.plateforme.securite.Connexions;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;

/** CGU acceptance, required once before anything else (spec §4 rule 19). */
@Controller
class CguController {

    private final Authentification authentification;
    private final Connexions connexions;
    private final FinConnexion fin;

    CguController(Authentification authentification, Connexions connexions, FinConnexion fin) {
        this.authentification = authentification;
        this.connexions = connexions;
        this.fin = fin;
    }

    @GetMapping({"/cgu/acceptation", "/bo/cgu/acceptation"})
    String page(@ModelAttribute("form") CguForm form, HttpServletRequest request, HttpServletResponse response) {
        if (!aAccepter()) {
            return "redirect:" + fin.destination(request, response, Requetes.portail(request));
        }
        return "connexion/cgu";
    }

    @PostMapping({"/cgu/acceptation", "/bo/cgu/acceptation"})
    String accepter(@Valid @ModelAttribute("form") CguForm form, BindingResult erreurs, HttpServletRequest request,
            HttpServletResponse response) {
        if (!aAccepter()) {
            return "redirect:" + fin.destination(request, response, Requetes.portail(request));
        }
        if (erreurs.hasErrors()) {
            return "connexion/cgu";
        }
        UtilisateurConnecte utilisateur = UtilisateurCourant.obtenir();
        authentification.accepterCgu(utilisateur, Requetes.ip(request));
        connexions.confirmerCgu(utilisateur, request, response);
        return "redirect:" + fin.destination(request, response, utilisateur.portail());
    }

    private static boolean aAccepter() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getAuthorities().stream().anyMatch(x -> Autorites.CGU_A_ACCEPTER.equals(x.getAuthority()));
    }
}
