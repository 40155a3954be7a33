package fr.vao.compte.connexion.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.vao.compte.connexion.Authentification;
import fr.vao.compte.connexion.CodesVerification;
import fr.vao.plateforme.fonctionnalites.Fonctionnalites;
import fr.vao.plateforme.limite.LimiteParAdresse;
import fr.vao.plateforme.limite.LimiteParAdresse.Action;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/** Login pages of both portals (spec §2.2). */
@Controller
class ConnexionController {

    private final Authentification authentification;
    private final CodesVerification codes;
    private final Fonctionnalites fonctionnalites;
    private final FinConnexion fin;

    ConnexionController(Authentification authentification, CodesVerification codes, Fonctionnalites fonctionnalites,
            FinConnexion fin) {
        this.authentification = authentification;
        this.codes = codes;
        this.fonctionnalites = fonctionnalites;
        this.fin = fin;
    }

    @GetMapping({"/connexion", "/bo/connexion"})
    String page(@ModelAttribute("form") ConnexionForm form,
            @RequestParam(name = "deconnexion", required = false) String deconnexion,
            @RequestParam(name = "session", required = false) String session, HttpServletRequest request,
            Model model) {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a != null && a.getPrincipal() instanceof UtilisateurConnecte u && u.portail() == Requetes.portail(request)) {
            return "redirect:" + (u.portail() == Portail.BO ? "/bo" : "/");
        }
        model.addAttribute("deconnecte", deconnexion != null);
        model.addAttribute("expiree", "expiree".equals(session));
        return "connexion/connexion";
    }

    @LimiteParAdresse(Action.CONNEXION)
    @PostMapping({"/connexion", "/bo/connexion"})
    String connecter(@Valid @ModelAttribute("form") ConnexionForm form, BindingResult erreurs,
            HttpServletRequest request, HttpServletResponse response) {
        if (erreurs.hasErrors()) {
            return "connexion/connexion";
        }
        Portail portail = Requetes.portail(request);
        Authentification.Resultat resultat = authentification.verifier(portail, form.getEmail(),
                form.getMotDePasse(), Requetes.ip(request));
        if (!resultat.reussi()) {
            erreurs.reject("connexion.refus." + resultat.refus().name());
            return "connexion/connexion";
        }
        if (fonctionnalites.estActive(Fonctionnalites.AUTH_2FA) && !fin.appareilReconnu(resultat.compte(), request)) {
            fin.attendreCode(resultat.compte(), request);
            codes.envoyer(resultat.compte());
            return "redirect:" + Requetes.prefixe(portail) + "/connexion/code";
        }
        return fin.terminer(resultat.compte(), request, response);
    }
}
