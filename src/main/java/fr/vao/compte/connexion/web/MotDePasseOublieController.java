package fr.vao.compte.connexion.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.compte.connexion.Reinitialisations;
import fr.vao.plateforme.limite.LimiteParAdresse;
import fr.vao.plateforme.limite.LimiteParAdresse.Action;
import fr.vao.plateforme.securite.Connexions;
import fr.vao.plateforme.securite.Portail;

/** Forgotten password of both portals (spec §2.2 point 9). */
@Controller
class MotDePasseOublieController {

    private final Reinitialisations reinitialisations;
    private final Connexions connexions;

    MotDePasseOublieController(Reinitialisations reinitialisations, Connexions connexions) {
        this.reinitialisations = reinitialisations;
        this.connexions = connexions;
    }

    @GetMapping({"/mot-de-passe-oublie", "/bo/mot-de-passe-oublie"})
    String page(@ModelAttribute("form") EmailForm form) {
        return "connexion/mot-de-passe-oublie";
    }

    @LimiteParAdresse(Action.MOT_DE_PASSE)
    @PostMapping({"/mot-de-passe-oublie", "/bo/mot-de-passe-oublie"})
    String demander(@Valid @ModelAttribute("form") EmailForm form, BindingResult erreurs, HttpServletRequest request,
            RedirectAttributes flash) {
        if (erreurs.hasErrors()) {
            return "connexion/mot-de-passe-oublie";
        }
        reinitialisations.demander(Requetes.portail(request), form.getEmail());
        flash.addFlashAttribute("envoye", true);
        return "redirect:" + Requetes.prefixe(request) + "/mot-de-passe-oublie";
    }

    @GetMapping({"/mot-de-passe-oublie/nouveau", "/bo/mot-de-passe-oublie/nouveau"})
    String nouveau(@RequestParam(name = "jeton", required = false) String jeton,
            @ModelAttribute("form") NouveauMotDePasseForm form, HttpServletRequest request) {
        if (reinitialisations.compteDuLien(Requetes.portail(request), jeton).isEmpty()) {
            return "connexion/lien-invalide";
        }
        form.setJeton(jeton);
        return "connexion/nouveau-mot-de-passe";
    }

    @PostMapping({"/mot-de-passe-oublie/nouveau", "/bo/mot-de-passe-oublie/nouveau"})
    String enregistrer(@Valid @ModelAttribute("form") NouveauMotDePasseForm form, BindingResult erreurs,
            HttpServletRequest request, RedirectAttributes flash) {
        Portail portail = Requetes.portail(request);
        if (reinitialisations.compteDuLien(portail, form.getJeton()).isEmpty()) {
            return "connexion/lien-invalide";
        }
        if (!erreurs.hasFieldErrors("confirmation") && !erreurs.hasFieldErrors("motDePasse")
                && !form.getMotDePasse().equals(form.getConfirmation())) {
            erreurs.rejectValue("confirmation", "motdepasse.confirmation");
        }
        if (erreurs.hasErrors()) {
            return "connexion/nouveau-mot-de-passe";
        }
        Reinitialisations.Issue issue = reinitialisations.reinitialiser(portail, form.getJeton(),
                form.getMotDePasse(), Requetes.ip(request));
        if (issue.lienInvalide()) {
            return "connexion/lien-invalide";
        }
        if (issue.refus() != null) {
            erreurs.rejectValue("motDePasse", issue.refus());
            return "connexion/nouveau-mot-de-passe";
        }
        connexions.fermerAutresSessions(portail, issue.compte().id(), null);
        flash.addFlashAttribute("succes", "motdepasse.reinitialise");
        return "redirect:" + Requetes.prefixe(portail) + "/connexion";
    }
}
