package fr.vao.organisme.web;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.organisme.Fiche;
import fr.vao.organisme.FicheInvalideException;
import fr.vao.organisme.FicheRefuseeException;
import fr.vao.organisme.FichesOrganisateur;
import fr.vao.organisme.ProtocoleSanitaire;
import fr.vao.organisme.ProtocoleTransport;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;

/** Steps 3 and 4: the transport and sanitary protocols (read-only for an établissement secondaire: its siège's). */
@Controller
@RequestMapping("/organisme")
class ProtocolesController {

    private final FichesOrganisateur fiches;

    ProtocolesController(FichesOrganisateur fiches) {
        this.fiches = fiches;
    }

    @InitBinder
    void lierLesChamps(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/transport")
    String transport(Model model) {
        Optional<Fiche> fiche = fiches.ficheDe(UtilisateurCourant.obtenir());
        if (fiche.isEmpty()) {
            return "redirect:/organisme/renseignements";
        }
        int version = fiche.get().organisme().version();
        model.addAttribute("form", fiche.get().transport().map(p -> FormulaireTransport.de(p, version))
                .orElseGet(() -> {
                    FormulaireTransport f = new FormulaireTransport();
                    f.version = version;
                    return f;
                }));
        return afficherTransport(fiche.get(), model);
    }

    @PostMapping("/transport")
    String enregistrerTransport(@ModelAttribute("form") FormulaireTransport form, BindingResult erreurs, Model model,
            RedirectAttributes redirection) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        try {
            fiches.enregistrer(u, form.versDomaine(), form.version);
        } catch (FicheInvalideException e) {
            e.erreurs().forEach(x -> erreurs.rejectValue(x.champ(), x.cle()));
            return afficherTransport(fiches.ficheDe(u).orElseThrow(), model);
        } catch (FicheRefuseeException e) {
            model.addAttribute("erreur", e.cle());
            return fiches.ficheDe(u).map(f -> afficherTransport(f, model)).orElse("redirect:/organisme/renseignements");
        }
        redirection.addFlashAttribute("succes", "organisme.enregistre");
        return "redirect:/organisme/sanitaire";
    }

    private String afficherTransport(Fiche fiche, Model model) {
        Pages.fiche(model, fiche);
        model.addAttribute("responsables", ProtocoleTransport.RESPONSABLES);
        model.addAttribute("modes", ProtocoleTransport.MODES);
        return "organisme/transport";
    }

    @GetMapping("/sanitaire")
    String sanitaire(Model model) {
        Optional<Fiche> fiche = fiches.ficheDe(UtilisateurCourant.obtenir());
        if (fiche.isEmpty()) {
            return "redirect:/organisme/renseignements";
        }
        int version = fiche.get().organisme().version();
        model.addAttribute("form", fiche.get().sanitaire().map(p -> FormulaireSanitaire.de(p, version))
                .orElseGet(() -> {
                    FormulaireSanitaire f = new FormulaireSanitaire();
                    f.version = version;
                    return f;
                }));
        return afficherSanitaire(fiche.get(), model);
    }

    @PostMapping("/sanitaire")
    String enregistrerSanitaire(@ModelAttribute("form") FormulaireSanitaire form, BindingResult erreurs, Model model,
            RedirectAttributes redirection) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        try {
            fiches.enregistrer(u, form.versDomaine(), form.version);
        } catch (FicheInvalideException e) {
            e.erreurs().forEach(x -> erreurs.rejectValue(x.champ(), x.cle()));
            return afficherSanitaire(fiches.ficheDe(u).orElseThrow(), model);
        } catch (FicheRefuseeException e) {
            model.addAttribute("erreur", e.cle());
            return fiches.ficheDe(u).map(f -> afficherSanitaire(f, model)).orElse("redirect:/organisme/renseignements");
        }
        redirection.addFlashAttribute("succes", "organisme.enregistre");
        return "redirect:/organisme/synthese";
    }

    private String afficherSanitaire(Fiche fiche, Model model) {
        Pages.fiche(model, fiche);
        model.addAttribute("equipe", ProtocoleSanitaire.EQUIPE);
        model.addAttribute("responsablesMedicaments", ProtocoleSanitaire.RESPONSABLES_MEDICAMENTS);
        model.addAttribute("piluliers", ProtocoleSanitaire.PILULIERS);
        return "organisme/sanitaire";
    }
}
