package fr.vao.agrement.web;

import java.util.Comparator;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.agrement.AgrementInvalideException;
import fr.vao.agrement.AgrementRefuseException;
import fr.vao.agrement.AgrementsOrganisme;
import fr.vao.agrement.SaisieAgrement;
import fr.vao.agrement.SituationAgrement;
import fr.vao.document.Categorie;
import fr.vao.document.Depot;
import fr.vao.document.DocumentRefuseException;
import fr.vao.document.DocumentStocke;
import fr.vao.document.Documents;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.territoire.Territoire;
import fr.vao.territoire.Territoires;

/** The organiser's agrément page, the welcome page and "J'ai déjà un agrément" (spec §2.6). */
@Controller
@RequestMapping("/agrement")
class AgrementController {

    private final AgrementsOrganisme agrements;
    private final Documents documents;
    private final Territoires territoires;
    private final SaisieAgrement saisie;

    AgrementController(AgrementsOrganisme agrements, Documents documents, Territoires territoires,
            SaisieAgrement saisie) {
        this.agrements = agrements;
        this.documents = documents;
        this.territoires = territoires;
        this.saisie = saisie;
    }

    @InitBinder
    void lierLesChamps(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setDisallowedFields("copie");
    }

    @GetMapping({"", "/bienvenue"})
    String situation(Model model) {
        Optional<SituationAgrement> situation = agrements.situation(UtilisateurCourant.obtenir());
        if (situation.isEmpty()) {
            return "redirect:/organisme";
        }
        model.addAttribute("situation", situation.get());
        model.addAttribute("regionLibelle", situation.get().agrement()
                .flatMap(a -> territoires.trouver(a.regionObtention())).map(Territoire::libelle).orElse(null));
        // the online requests (spec §2.6 B and C), behind their feature flag
        boolean ouvertes = saisie.ouverte();
        model.addAttribute("demandesOuvertes", ouvertes);
        if (ouvertes && situation.get().peutDeclarer()) {
            long organisme = situation.get().organisme().id();
            model.addAttribute("demandeEnCours", saisie.enCours(organisme).orElse(null));
            model.addAttribute("demandes", saisie.demandes(organisme));
            model.addAttribute("banniere", saisie.banniere(situation.get()).orElse(null));
        }
        return "agrement/situation";
    }

    @GetMapping("/existant")
    String formulaire(Model model) {
        Optional<SituationAgrement> situation = agrements.situation(UtilisateurCourant.obtenir());
        if (situation.isEmpty() || !situation.get().peutDeclarer()) {
            return "redirect:/agrement";
        }
        model.addAttribute("form", new FormulaireExistant());
        return afficher(model);
    }

    @PostMapping("/existant")
    String declarer(@ModelAttribute("form") FormulaireExistant form, BindingResult erreurs,
            @RequestParam(required = false) MultipartFile fichier, Model model, RedirectAttributes redirection) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        DocumentStocke copie = null;
        if (fichier != null && !fichier.isEmpty()) {
            try {
                copie = documents.deposer(new Depot(fichier.getOriginalFilename(), fichier.getBytes(),
                        Categorie.AGREMENT, u));
            } catch (DocumentRefuseException e) {
                erreurs.rejectValue("copie", e.motif().cle());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        if (erreurs.hasErrors()) {
            // an unreadable date (typeMismatch) or a refused file: show the other rules' errors too
            agrements.verifier(form.versDomaine()).stream()
                    .filter(x -> !erreurs.hasFieldErrors(x.champ()))
                    .forEach(x -> erreurs.rejectValue(x.champ(), x.cle()));
            return afficher(model);
        }
        try {
            agrements.declarerExistant(u, form.versDomaine(), copie == null ? null : copie.id());
        } catch (AgrementInvalideException e) {
            e.erreurs().forEach(x -> erreurs.rejectValue(x.champ(), x.cle()));
            return afficher(model);
        } catch (AgrementRefuseException e) {
            erreurs.reject(e.cle());
            return afficher(model);
        }
        redirection.addFlashAttribute("succes", "agrement.existant.enregistre");
        return "redirect:/agrement";
    }

    private String afficher(Model model) {
        model.addAttribute("regions", territoires.regions().stream()
                .sorted(Comparator.comparing(Territoire::libelle)).toList());
        return "agrement/existant";
    }
}
