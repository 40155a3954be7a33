package fr.vao.organisme.web;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.organisme.AnnuaireOrganismes;
import fr.vao.organisme.SuppressionOrganismes;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;

/**
 * Back office: a national administrator deletes an organisme and all its data (spec §8 RGPD, ADR 0021), after a
 * page listing what will go and an explicit confirmation (the box ticked, the SIRET typed again). Anybody else gets
 * the 403 page, whatever the organisme; an unknown organisme is a 404.
 */
@Controller
@RequestMapping("/bo/organismes/{id}/suppression")
class SuppressionOrganismeController {

    private static final Logger LOG = LoggerFactory.getLogger(SuppressionOrganismeController.class);

    private final SuppressionOrganismes suppressions;
    private final AnnuaireOrganismes annuaire;

    SuppressionOrganismeController(SuppressionOrganismes suppressions, AnnuaireOrganismes annuaire) {
        this.suppressions = suppressions;
        this.annuaire = annuaire;
    }

    private static UtilisateurConnecte administrateur() {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        if (!SuppressionOrganismes.autorise(agent)) {
            throw new AccessDeniedException("Suppression d'organisme réservée aux administrateurs nationaux");
        }
        return agent;
    }

    private String page(UtilisateurConnecte agent, long id, Model model) {
        AnnuaireOrganismes.Ligne ligne = annuaire.visible(agent, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        SuppressionOrganismes.Inventaire inventaire = suppressions.inventaire(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("ligne", ligne);
        model.addAttribute("inventaire", inventaire);
        return "bo/organismes/suppression";
    }

    @GetMapping
    String confirmer(@PathVariable long id, Model model) {
        model.addAttribute("formulaireSuppression", new FormulaireSuppression());
        return page(administrateur(), id, model);
    }

    @PostMapping
    String supprimer(@PathVariable long id, @ModelAttribute FormulaireSuppression formulaireSuppression,
            BindingResult erreurs, Model model, HttpServletRequest requete, RedirectAttributes flash) {
        UtilisateurConnecte agent = administrateur();
        String vue = page(agent, id, model);
        SuppressionOrganismes.Inventaire inventaire = (SuppressionOrganismes.Inventaire) model.getAttribute("inventaire");
        if (!formulaireSuppression.isConfirmation()) {
            erreurs.rejectValue("confirmation", "rgpd.suppression.confirmation.requise");
        }
        if (!formulaireSuppression.siretSaisi().equals(inventaire.siret())) {
            erreurs.rejectValue("siret", "rgpd.suppression.siret.different");
        }
        if (erreurs.hasErrors()) {
            return vue;
        }
        try {
            suppressions.supprimer(id, "BO:" + agent.id() + " " + agent.email(),
                    "Suppression par un administrateur national", requete.getRemoteAddr())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (DataAccessException e) {
            // e.g. a row of another organisme points to one of this one's (an hébergement used by its siège)
            LOG.warn("Suppression de l'organisme {} refusée par la base, rien n'est supprimé : {}", id, e.getMessage());
            erreurs.reject("rgpd.suppression.echec");
            return vue;
        }
        flash.addFlashAttribute("succes", "rgpd.suppression.effectuee");
        flash.addFlashAttribute("succesSiret", inventaire.siret());
        return "redirect:/bo/organismes";
    }
}
