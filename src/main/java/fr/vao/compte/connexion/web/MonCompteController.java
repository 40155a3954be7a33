package fr.vao.compte.connexion.web;

import java.util.List;

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

import fr.vao.compte.connexion.Compte;
import fr.vao.compte.connexion.Comptes;
import fr.vao.compte.connexion.MonCompte;
import fr.vao.plateforme.securite.Connexions;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;

/** "Mon compte" of both portals (spec §2.2 point 11): names and password. */
@Controller
class MonCompteController {

    private final MonCompte monCompte;
    private final Comptes comptes;
    private final Connexions connexions;

    MonCompteController(MonCompte monCompte, Comptes comptes, Connexions connexions) {
        this.monCompte = monCompte;
        this.comptes = comptes;
        this.connexions = connexions;
    }

    @GetMapping({"/mon-compte", "/bo/mon-compte"})
    String page(Model model) {
        Compte compte = monCompte.compte(UtilisateurCourant.obtenir());
        IdentiteForm identite = new IdentiteForm();
        identite.setNom(compte.nom());
        identite.setPrenom(compte.prenom());
        identite.setVersion(compte.version());
        model.addAttribute("identite", identite);
        model.addAttribute("motDePasse", new ChangementMotDePasseForm());
        return afficher(compte, model);
    }

    @PostMapping({"/mon-compte/identite", "/bo/mon-compte/identite"})
    String modifierIdentite(@Valid @ModelAttribute("identite") IdentiteForm identite, BindingResult erreurs,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        UtilisateurConnecte utilisateur = UtilisateurCourant.obtenir();
        Compte compte = monCompte.compte(utilisateur);
        if (!erreurs.hasErrors()
                && !monCompte.modifierIdentite(utilisateur, identite.getNom(), identite.getPrenom(),
                        identite.getVersion())) {
            erreurs.reject("moncompte.conflit");
        }
        if (erreurs.hasErrors()) {
            model.addAttribute("motDePasse", new ChangementMotDePasseForm());
            return afficher(compte, model);
        }
        connexions.rafraichir(new UtilisateurConnecte(utilisateur.portail(), utilisateur.id(), utilisateur.email(),
                identite.getNom().strip(), identite.getPrenom().strip(), utilisateur.roles(),
                utilisateur.territoireCode(), utilisateur.niveau()), request, response);
        flash.addFlashAttribute("succes", "moncompte.identite.enregistree");
        return "redirect:" + Requetes.prefixe(utilisateur.portail()) + "/mon-compte";
    }

    @PostMapping({"/mon-compte/mot-de-passe", "/bo/mon-compte/mot-de-passe"})
    String changerMotDePasse(@Valid @ModelAttribute("motDePasse") ChangementMotDePasseForm form,
            BindingResult erreurs, Model model, HttpServletRequest request, RedirectAttributes flash) {
        UtilisateurConnecte utilisateur = UtilisateurCourant.obtenir();
        if (!erreurs.hasFieldErrors("nouveau") && !erreurs.hasFieldErrors("confirmation")
                && !form.getNouveau().equals(form.getConfirmation())) {
            erreurs.rejectValue("confirmation", "motdepasse.confirmation");
        }
        if (!erreurs.hasErrors()) {
            monCompte.changerMotDePasse(utilisateur, form.getActuel(), form.getNouveau(), Requetes.ip(request))
                    .ifPresent(refus -> erreurs.rejectValue(refus.champ(), refus.message()));
        }
        Compte compte = monCompte.compte(utilisateur);
        if (erreurs.hasErrors()) {
            IdentiteForm identite = new IdentiteForm();
            identite.setNom(compte.nom());
            identite.setPrenom(compte.prenom());
            identite.setVersion(compte.version());
            model.addAttribute("identite", identite);
            return afficher(compte, model);
        }
        connexions.fermerAutresSessions(utilisateur.portail(), utilisateur.id(), request.getSession().getId());
        flash.addFlashAttribute("succes", "moncompte.motdepasse.modifie");
        return "redirect:" + Requetes.prefixe(utilisateur.portail()) + "/mon-compte";
    }

    private String afficher(Compte compte, Model model) {
        model.addAttribute("compte", compte);
        if (compte.portail() == Portail.BO) {
            List<String> roles = comptes.roles(compte.id());
            model.addAttribute("roles", roles);
            model.addAttribute("territoire", comptes.libelleTerritoire(compte.territoireCode()));
        }
        return "compte/mon-compte";
    }
}
