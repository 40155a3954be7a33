package fr.vao.compte.agent.web;

import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.compte.Jetons;
import fr.vao.compte.PolitiqueMotDePasse;
import fr.vao.compte.agent.ActivationAgents;
import fr.vao.compte.agent.Agent;
import fr.vao.plateforme.limite.LimiteParAdresse;
import fr.vao.plateforme.limite.LimiteParAdresse.Action;

/** Public pages of the activation link of a new agent account (spec §2.4 steps 2–3). */
@Controller
class ActivationController {

    private final ActivationAgents activation;
    private final PolitiqueMotDePasse politique;

    ActivationController(ActivationAgents activation, PolitiqueMotDePasse politique) {
        this.activation = activation;
        this.politique = politique;
    }

    @GetMapping("/bo/activation")
    String formulaire(@RequestParam(required = false) String jeton, Model model) {
        ActivationAgents.Lien lien = activation.lire(jeton);
        if (lien.etat() == Jetons.Etat.EXPIRE) {
            return "redirect:/bo/activation/expire";
        }
        if (lien.etat() != Jetons.Etat.VALIDE) {
            return "bo/agents/activation-invalide";
        }
        ActivationForm form = new ActivationForm();
        form.setJeton(jeton);
        model.addAttribute("activationForm", form);
        model.addAttribute("agent", lien.agent());
        return "bo/agents/activation";
    }

    @PostMapping("/bo/activation")
    String activer(@Valid @ModelAttribute("activationForm") ActivationForm form, BindingResult erreurs, Model model,
            HttpServletRequest request) {
        ActivationAgents.Lien lien = activation.lire(form.getJeton());
        if (lien.etat() == Jetons.Etat.EXPIRE) {
            return "redirect:/bo/activation/expire";
        }
        if (lien.etat() != Jetons.Etat.VALIDE) {
            return "bo/agents/activation-invalide";
        }
        Agent agent = lien.agent();
        if (!erreurs.hasFieldErrors("motDePasse")) {
            politique.refus(form.getMotDePasse(), agent.email(), agent.nom(), agent.prenom())
                    .ifPresent(cle -> erreurs.rejectValue("motDePasse", cle));
        }
        if (!erreurs.hasFieldErrors("motDePasse") && !Objects.equals(form.getMotDePasse(), form.getConfirmation())) {
            erreurs.rejectValue("confirmation", "motdepasse.confirmation");
        }
        if (erreurs.hasErrors()) {
            model.addAttribute("agent", agent);
            return "bo/agents/activation";
        }
        if (!activation.activer(form.getJeton(), form.getMotDePasse(), request.getRemoteAddr())) {
            return "bo/agents/activation-invalide";
        }
        return "bo/agents/activation-terminee";
    }

    @GetMapping("/bo/activation/expire")
    String expire(Model model) {
        model.addAttribute("renouvellementForm", new RenouvellementForm());
        return "bo/agents/activation-expire";
    }

    @LimiteParAdresse(Action.RENVOI)
    @PostMapping("/bo/activation/expire")
    String renouveler(@Valid @ModelAttribute("renouvellementForm") RenouvellementForm form, BindingResult erreurs,
            HttpServletRequest request, RedirectAttributes flash) {
        if (erreurs.hasErrors()) {
            return "bo/agents/activation-expire";
        }
        activation.renouveler(form.getEmail(), request.getRemoteAddr());
        flash.addFlashAttribute("envoye", true);
        return "redirect:/bo/activation/expire";
    }
}
