package fr.vao.compte.organisateur.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.compte.PolitiqueMotDePasse;
import fr.vao.compte.organisateur.Inscriptions;
import fr.vao.compte.organisateur.Siret;
import fr.vao.plateforme.limite.LimiteParAdresse;
import fr.vao.plateforme.limite.LimiteParAdresse.Action;
import fr.vao.territoire.Territoire;
import fr.vao.territoire.Territoires;

/** Registration page of the organiser portal (public). */
@Controller
@RequestMapping("/connexion/enregistrement")
class InscriptionController {

    private final Inscriptions inscriptions;
    private final PolitiqueMotDePasse politique;
    private final Territoires territoires;

    InscriptionController(Inscriptions inscriptions, PolitiqueMotDePasse politique, Territoires territoires) {
        this.inscriptions = inscriptions;
        this.politique = politique;
        this.territoires = territoires;
    }

    @ModelAttribute("regions")
    List<Territoire> regions() {
        return territoires.regions().stream().sorted(Comparator.comparing(Territoire::libelle)).toList();
    }

    @GetMapping
    String formulaire(Model model) {
        model.addAttribute("form", new FormulaireInscription());
        return "organisateur/inscription";
    }

    @LimiteParAdresse(Action.INSCRIPTION)
    @PostMapping
    String inscrire(@Valid @ModelAttribute("form") FormulaireInscription form, BindingResult erreurs, Model model,
            HttpServletRequest requete, RedirectAttributes redirection) {
        if (!erreurs.hasFieldErrors("siret") && !Siret.estValide(form.getSiret())) {
            erreurs.rejectValue("siret", "format.siret.cle");
        }
        if (!erreurs.hasFieldErrors("motDePasse")) {
            politique.refus(form.getMotDePasse(), form.getEmail(), form.getNom(), form.getPrenom())
                    .ifPresent(cle -> erreurs.rejectValue("motDePasse", cle));
        }
        if (!erreurs.hasFieldErrors("confirmation") && form.getMotDePasse() != null
                && !form.getMotDePasse().equals(form.getConfirmation())) {
            erreurs.rejectValue("confirmation", "motdepasse.confirmation");
        }
        if (form.isChoixRegion() && !StringUtils.hasText(form.getRegionCode())) {
            erreurs.rejectValue("regionCode", "organisateur.region.obligatoire");
        }
        if (erreurs.hasErrors()) {
            return "organisateur/inscription";
        }
        Inscriptions.Resultat resultat = inscriptions.inscrire(new Inscriptions.Demande(form.getEmail(),
                form.getMotDePasse(), form.getNom(), form.getPrenom(), form.getTelephone(), form.getSiret(),
                form.isChoixRegion() ? form.getRegionCode() : null, requete.getRemoteAddr()));
        if (resultat instanceof Inscriptions.Resultat.SiretInconnu) {
            erreurs.rejectValue("siret", "organisateur.siret.inconnu");
            return "organisateur/inscription";
        }
        if (resultat instanceof Inscriptions.Resultat.RegionRequise requise) {
            if (!form.isChoixRegion()) {
                form.setChoixRegion(true);
            }
            model.addAttribute("inseeIndisponible", requise.inseeIndisponible());
            erreurs.rejectValue("regionCode", "organisateur.region.obligatoire");
            return "organisateur/inscription";
        }
        redirection.addFlashAttribute("email", form.getEmail().toLowerCase(java.util.Locale.ROOT));
        return "redirect:/connexion/enregistrement/confirmation";
    }

    @GetMapping("/confirmation")
    String confirmation() {
        return "organisateur/inscription-confirmation";
    }
}
