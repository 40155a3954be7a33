package fr.vao.compte.connexion.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.compte.connexion.Authentification;
import fr.vao.compte.connexion.CodesVerification;
import fr.vao.compte.connexion.Compte;
import fr.vao.plateforme.limite.LimiteParAdresse;
import fr.vao.plateforme.limite.LimiteParAdresse.Action;
import fr.vao.plateforme.securite.Portail;

/** Second factor: the code e-mailed after a correct password (spec §2.2 point 5). */
@Controller
class CodeController {

    private final Authentification authentification;
    private final CodesVerification codes;
    private final FinConnexion fin;

    CodeController(Authentification authentification, CodesVerification codes, FinConnexion fin) {
        this.authentification = authentification;
        this.codes = codes;
        this.fin = fin;
    }

    @GetMapping({"/connexion/code", "/bo/connexion/code"})
    String page(@ModelAttribute("form") CodeForm form, HttpServletRequest request, Model model) {
        Optional<Compte> compte = compteEnAttente(request);
        if (compte.isEmpty()) {
            return "redirect:" + Requetes.prefixe(request) + "/connexion";
        }
        model.addAttribute("verrouille", codes.estVerrouille(compte.get().portail(), compte.get().id()));
        return "connexion/code";
    }

    @LimiteParAdresse(Action.CODE)
    @PostMapping({"/connexion/code", "/bo/connexion/code"})
    String verifier(@Valid @ModelAttribute("form") CodeForm form, BindingResult erreurs, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Optional<Compte> compte = compteEnAttente(request);
        if (compte.isEmpty()) {
            return "redirect:" + Requetes.prefixe(request) + "/connexion";
        }
        if (erreurs.hasErrors()) {
            return "connexion/code";
        }
        CodesVerification.Verification verification = codes.verifier(compte.get(), form.getCode(),
                Requetes.ip(request));
        if (verification != CodesVerification.Verification.VALIDE) {
            erreurs.rejectValue("code", "connexion.code." + verification.name());
            return "connexion/code";
        }
        if (form.isConfiance()) {
            fin.faireConfiance(compte.get(), request, response);
        }
        return fin.terminer(compte.get(), request, response);
    }

    @LimiteParAdresse(Action.RENVOI)
    @PostMapping({"/connexion/code/renvoi", "/bo/connexion/code/renvoi"})
    String renvoyer(HttpServletRequest request, RedirectAttributes flash) {
        Optional<Compte> compte = compteEnAttente(request);
        if (compte.isEmpty()) {
            return "redirect:" + Requetes.prefixe(request) + "/connexion";
        }
        if (codes.envoyer(compte.get())) {
            flash.addFlashAttribute("succes", "connexion.code.renvoye");
        } else {
            flash.addFlashAttribute("alerte", "connexion.code.VERROUILLE");
        }
        return "redirect:" + Requetes.prefixe(request) + "/connexion/code";
    }

    private Optional<Compte> compteEnAttente(HttpServletRequest request) {
        Portail portail = Requetes.portail(request);
        return fin.enAttente(request).flatMap(id -> authentification.autorise(portail, id));
    }
}
