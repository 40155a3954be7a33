package fr.vao.sejour.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.messagerie.OngletMessagerie;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.sejour.AccesFilsDeclaration;
import fr.vao.sejour.DeclarationSejour;
import fr.vao.sejour.EtapeDeclaration;
import fr.vao.sejour.SaisieDeclarations;
import fr.vao.sejour.Statut;

/**
 * The organiser's Messagerie tab of a submitted déclaration (spec §2.10): the synthèse with the thread opened, and
 * the post of a message (multipart: the CSRF token in the action URL, ADR 0008).
 */
@Controller
class MessagerieController {

    private final SaisieDeclarations saisie;
    private final PageDeclaration page;
    private final OngletMessagerie onglet;

    MessagerieController(SaisieDeclarations saisie, PageDeclaration page, OngletMessagerie onglet) {
        this.saisie = saisie;
        this.page = page;
        this.onglet = onglet;
    }

    @GetMapping("/sejours/{id}/messagerie")
    String ouvrir(@PathVariable long id, Model model) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        DeclarationSejour d = saisie.lire(u, id);
        if (d.statut() == Statut.BROUILLON) {
            return "redirect:/sejours/" + id + "/" + EtapeDeclaration.SYNTHESE.chemin();
        }
        onglet.ouvrir(u, AccesFilsDeclaration.TYPE, id, model);
        model.addAttribute("form", DeclarationsController.formulaire(d, EtapeDeclaration.SYNTHESE));
        return page.afficher(d, EtapeDeclaration.SYNTHESE, model);
    }

    @PostMapping("/sejours/{id}/messagerie")
    String poster(@PathVariable long id, @ModelAttribute("message") OngletMessagerie.FormMessage message,
            BindingResult erreurs, Model model, RedirectAttributes redirection) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        if (onglet.poster(u, AccesFilsDeclaration.TYPE, id, message, erreurs)) {
            redirection.addFlashAttribute("succes", "messagerie.envoye");
            return "redirect:/sejours/" + id + "/messagerie#panneau-messagerie";
        }
        return ouvrir(id, model);
    }
}
