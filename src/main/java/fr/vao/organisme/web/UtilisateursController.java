package fr.vao.organisme.web;

import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.compte.ActionCompteRefusee;
import fr.vao.compte.RolesOrganisateurs;
import fr.vao.compte.StatutsOrganisateurs;
import fr.vao.organisme.Collegues;
import fr.vao.organisme.FichesOrganisateur;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.PagesErreur;

/**
 * "Utilisateurs" of the organisme (spec §2.1 step 5 scenario 2, §2.3, §1.1): colleagues, requests to validate, EIG
 * roles. Every action is authorised by {@link Collegues} on the server, per account.
 */
@Controller
@RequestMapping("/organisme/utilisateurs")
class UtilisateursController {

    private static final String LISTE = "redirect:/organisme/utilisateurs";

    private final Collegues collegues;
    private final FichesOrganisateur fiches;
    UtilisateursController(Collegues collegues, FichesOrganisateur fiches) {
        this.collegues = collegues;
        this.fiches = fiches;
    }

    @GetMapping
    String liste(Model model) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        Optional<Collegues.Page> page = collegues.page(u);
        if (page.isEmpty()) {
            return "redirect:/organisme";
        }
        return afficher(u, page.get(), model);
    }

    private String afficher(UtilisateurConnecte u, Collegues.Page page, Model model) {
        fiches.ficheDe(u).ifPresent(f -> Pages.fiche(model, f));
        model.addAttribute("page", page);
        model.addAttribute("moi", u.id());
        model.addAttribute("rolesEig", RolesOrganisateurs.TOUS);
        return "organisme/utilisateurs";
    }

    @PostMapping("/{id}/validation")
    String valider(@PathVariable long id, RedirectAttributes redirection) {
        collegues.valider(UtilisateurCourant.obtenir(), id);
        redirection.addFlashAttribute("succes", "organisme.utilisateurs.valide");
        return LISTE;
    }

    /** The refusal asks for its motif on a page of its own: works without JavaScript. */
    @GetMapping("/{id}/refus")
    String refus(@PathVariable long id, Model model) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        Collegues.Ligne ligne = collegues.ligne(u, id);
        if (!ligne.enAttente() || !ligne.peutTraiter()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        fiches.ficheDe(u).ifPresent(f -> Pages.fiche(model, f));
        model.addAttribute("ligne", ligne);
        model.addAttribute("motifMax", StatutsOrganisateurs.MOTIF_MAX);
        return "organisme/utilisateur-refus";
    }

    @PostMapping("/{id}/refus")
    String refuser(@PathVariable long id, @RequestParam(required = false) String motif, Model model,
            RedirectAttributes redirection, HttpServletResponse reponse) {
        if (motif == null || motif.isBlank() || motif.strip().length() > StatutsOrganisateurs.MOTIF_MAX) {
            reponse.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("erreurMotif", true);
            model.addAttribute("motif", motif);
            return refus(id, model);
        }
        collegues.refuser(UtilisateurCourant.obtenir(), id, motif);
        redirection.addFlashAttribute("succes", "organisme.utilisateurs.refuse");
        return LISTE;
    }

    @PostMapping("/{id}/desactivation")
    String desactiver(@PathVariable long id, RedirectAttributes redirection) {
        collegues.desactiver(UtilisateurCourant.obtenir(), id);
        redirection.addFlashAttribute("succes", "organisme.utilisateurs.desactive");
        return LISTE;
    }

    @PostMapping("/{id}/reactivation")
    String reactiver(@PathVariable long id, RedirectAttributes redirection) {
        collegues.reactiver(UtilisateurCourant.obtenir(), id);
        redirection.addFlashAttribute("succes", "organisme.utilisateurs.reactive");
        return LISTE;
    }

    @PostMapping("/{id}/roles")
    String roles(@PathVariable long id, @RequestParam(name = "roles", required = false) Set<String> roles,
            RedirectAttributes redirection) {
        collegues.modifierRoles(UtilisateurCourant.obtenir(), id, roles == null ? Set.of() : roles);
        redirection.addFlashAttribute("succes", "organisme.utilisateurs.roles-enregistres");
        return LISTE;
    }

    /** 404 for an account that is not a colleague; otherwise the list again, with the reason and the status. */
    @ExceptionHandler(ActionCompteRefusee.class)
    ModelAndView refusee(ActionCompteRefusee e, Model model, HttpServletResponse reponse) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        Optional<Collegues.Page> page = e.statut() == 404 ? Optional.empty() : collegues.page(u);
        if (page.isEmpty()) {
            return PagesErreur.page(HttpStatusCode.valueOf(e.statut()));
        }
        model.addAttribute("erreur", e.cle());
        ModelAndView vue = new ModelAndView(afficher(u, page.get(), model), model.asMap());
        vue.setStatus(HttpStatusCode.valueOf(e.statut()));
        return vue;
    }
}
