package fr.vao.agrement.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.agrement.AccesFilsAgrement;
import fr.vao.messagerie.OngletMessagerie;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;

/**
 * The organiser's messagerie of an agrément (ADR 0028): opening it marks the DREETS's messages read; a message is
 * mailed to the DREETS. Who may read and post is decided by the agrément's {@code AccesFils} (404 otherwise).
 */
@Controller
@RequestMapping("/agrement/{id}/messagerie")
class MessagerieAgrementController {

    private final OngletMessagerie messagerie;

    MessagerieAgrementController(OngletMessagerie messagerie) {
        this.messagerie = messagerie;
    }

    @GetMapping
    String ouvrir(@PathVariable long id, Model model) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        messagerie.ouvrir(u, AccesFilsAgrement.TYPE, id, model);
        model.addAttribute("id", id);
        return "agrement/messagerie";
    }

    @PostMapping
    String poster(@PathVariable long id, @ModelAttribute("message") OngletMessagerie.FormMessage message,
            BindingResult erreurs, Model model, RedirectAttributes redirection) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        if (messagerie.poster(u, AccesFilsAgrement.TYPE, id, message, erreurs)) {
            redirection.addFlashAttribute("succes", "messagerie.envoye");
            return "redirect:/agrement/" + id + "/messagerie";
        }
        return ouvrir(id, model);
    }
}
