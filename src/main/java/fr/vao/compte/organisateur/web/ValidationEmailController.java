package fr.vao.compte.organisateur.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.compte.Formats;
import fr.vao.compte.organisateur.Inscriptions;
import fr.vao.compte.organisateur.Inscriptions.ValidationEmail;
import fr.vao.plateforme.limite.LimiteParAdresse;
import fr.vao.plateforme.limite.LimiteParAdresse.Action;

/**
 * The e-mail validation link (M1) and its renewal. Opening the link shows a button: the link is used up only by the
 * POST, so that a mail scanner fetching the link does not consume it.
 */
@Controller
@RequestMapping("/connexion/validation")
class ValidationEmailController {

    private final Inscriptions inscriptions;

    ValidationEmailController(Inscriptions inscriptions) {
        this.inscriptions = inscriptions;
    }

    @GetMapping
    String ouvrir(@RequestParam(name = "jeton", required = false) String jeton, Model model) {
        if (inscriptions.lireLien(jeton) != ValidationEmail.VALIDEE) {
            return lienInvalide(inscriptions.lireLien(jeton), model);
        }
        model.addAttribute("jeton", jeton);
        return "organisateur/validation-email";
    }

    @PostMapping
    String valider(@RequestParam(name = "jeton", required = false) String jeton, Model model) {
        ValidationEmail etat = inscriptions.validerEmail(jeton);
        if (etat != ValidationEmail.VALIDEE) {
            return lienInvalide(etat, model);
        }
        return "organisateur/email-valide";
    }

    private static String lienInvalide(ValidationEmail etat, Model model) {
        model.addAttribute("expire", etat == ValidationEmail.EXPIREE);
        return "organisateur/lien-invalide";
    }

    static class FormulaireRenvoi {
        @NotBlank(message = "{format.obligatoire}")
        @Size(max = 255, message = "{organisateur.trop-long}")
        @Pattern(regexp = Formats.EMAIL, message = "{format.email}")
        private String email;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email == null ? null : email.strip();
        }
    }

    @GetMapping("/renvoi")
    String renvoi(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new FormulaireRenvoi());
        }
        return "organisateur/renvoi-lien";
    }

    @LimiteParAdresse(Action.RENVOI)
    @PostMapping("/renvoi")
    String renvoyer(@Valid @ModelAttribute("form") FormulaireRenvoi form, BindingResult erreurs,
            RedirectAttributes redirection) {
        if (erreurs.hasErrors()) {
            return "organisateur/renvoi-lien";
        }
        inscriptions.renvoyerLien(form.getEmail());
        redirection.addFlashAttribute("envoye", true);
        return "redirect:/connexion/validation/renvoi";
    }
}
