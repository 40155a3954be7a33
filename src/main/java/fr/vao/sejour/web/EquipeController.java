package fr.vao.sejour.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.Csv;
import fr.vao.sejour.DeclarationInvalideException;
import fr.vao.sejour.DeclarationRefuseeException;
import fr.vao.sejour.DeclarationSejour;
import fr.vao.sejour.Equipe;
import fr.vao.sejour.EtapeDeclaration;
import fr.vao.sejour.ImportPersonnel;
import fr.vao.sejour.SaisieDeclarations;
import fr.vao.sejour.TransitionInterditeException;

/**
 * The staff of the 8-day declaration (spec §2.8.5), on the staff step: the encadrants and accompagnants added one by
 * one or pasted from a spreadsheet (or a CSV file, read and not kept), their export and template, the training and
 * the external providers. Each change is a save of the step, on the version the user saw.
 */
@Controller
@RequestMapping("/sejours")
class EquipeController {

    /** A pasted or imported list is read whole: a file above this size is refused. */
    static final long TAILLE_MAX = 256 * 1024;

    private final SaisieDeclarations saisie;
    private final PageDeclaration page;

    EquipeController(SaisieDeclarations saisie, PageDeclaration page) {
        this.saisie = saisie;
        this.page = page;
    }

    @InitBinder
    void lierLesChamps(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    /** The template of the staff lists: the header line of the import. */
    @GetMapping("/personnel-modele.csv")
    void modele(HttpServletResponse response) throws IOException {
        Csv.ecrire(response, "personnel-modele.csv", ImportPersonnel.ENTETES, java.util.stream.Stream.empty());
    }

    @GetMapping("/{id}/personnel/{liste:encadrants|accompagnants|prestataires}")
    String sousPage(@PathVariable long id, @PathVariable String liste, Model model) {
        DeclarationSejour d = saisie.lire(UtilisateurCourant.obtenir(), id);
        if (!d.statut().huitJours()) {
            return "redirect:/sejours/" + id + "/personnel";
        }
        return page.afficher(d, EtapeDeclaration.PERSONNEL, liste, model);
    }

    /** The export of a staff list: whoever sees the déclaration. */
    @GetMapping("/{id}/personnel/{liste:encadrants|accompagnants}/export.csv")
    void exporter(@PathVariable long id, @PathVariable String liste, HttpServletResponse response) throws IOException {
        DeclarationSejour d = saisie.lire(UtilisateurCourant.obtenir(), id);
        List<List<?>> lignes = d.equipe().liste(Equipe.Liste.deChemin(liste)).stream()
                .<List<?>>map(p -> ImportPersonnel.ligne(p).stream().map(Csv::cellule).toList()).toList();
        Csv.ecrire(response, liste + "-" + (d.numero() == null ? d.id() : d.numero()) + ".csv",
                ImportPersonnel.ENTETES, lignes.stream());
    }

    @PostMapping("/{id}/personnel/{liste:encadrants|accompagnants}")
    String ajouter(@PathVariable long id, @PathVariable String liste,
            @ModelAttribute("intervenant") Formulaires.FormIntervenant form, BindingResult erreurs, Model model,
            RedirectAttributes redirection) {
        Saisie s = new Saisie();
        var personne = form.versDomaine(s);
        return enregistrer(id, liste, erreurs, model, redirection, s.erreurs, () -> saisie.ajouterIntervenant(
                UtilisateurCourant.obtenir(), id, form.version, Equipe.Liste.deChemin(liste), personne));
    }

    /**
     * Rows pasted in the text area, or the CSV file chosen: all or nothing, each rejected line shown with its errors
     * and the text kept in the form.
     */
    @PostMapping("/{id}/personnel/{liste:encadrants|accompagnants}/importer")
    String importer(@PathVariable long id, @PathVariable String liste,
            @ModelAttribute("import") Formulaires.FormImport form, BindingResult erreurs,
            @RequestParam(required = false) MultipartFile fichier, Model model, RedirectAttributes redirection)
            throws IOException {
        if (fichier != null && !fichier.isEmpty()) {
            if (fichier.getSize() > TAILLE_MAX) {
                erreurs.rejectValue("texte", "sejour.import.fichier-trop-gros");
                return page.afficher(saisie.lire(UtilisateurCourant.obtenir(), id), EtapeDeclaration.PERSONNEL,
                        liste, model);
            }
            form.texte = new String(fichier.getBytes(), StandardCharsets.UTF_8);
        }
        if (Saisie.net(form.texte) == null) {
            erreurs.rejectValue("texte", "sejour.import.vide");
            return page.afficher(saisie.lire(UtilisateurCourant.obtenir(), id), EtapeDeclaration.PERSONNEL, liste,
                    model);
        }
        try {
            ImportPersonnel.Resultat r = saisie.importerIntervenants(UtilisateurCourant.obtenir(), id, form.version,
                    Equipe.Liste.deChemin(liste), form.texte, form.attestationTous, form.remplacer);
            if (r.accepte()) {
                redirection.addFlashAttribute("succes", "sejour.import.reussi");
                redirection.addFlashAttribute("importes", r.personnes().size());
                return "redirect:/sejours/" + id + "/personnel/" + liste;
            }
            erreurs.rejectValue("texte", r.rejets().isEmpty() ? "sejour.import.vide" : "sejour.import.rejete");
            model.addAttribute("rejets", r.rejets());
        } catch (DeclarationRefuseeException e) {
            model.addAttribute("erreur", e.cle());
        } catch (TransitionInterditeException e) {
            model.addAttribute("erreur", e.cle());
        }
        return page.afficher(saisie.lire(UtilisateurCourant.obtenir(), id), EtapeDeclaration.PERSONNEL, liste, model);
    }

    @PostMapping("/{id}/personnel/{liste:encadrants|accompagnants}/retirer")
    String retirer(@PathVariable long id, @PathVariable String liste, @RequestParam int version,
            @RequestParam int rang, RedirectAttributes redirection) {
        return action(id, liste, redirection, () -> saisie.retirerIntervenant(UtilisateurCourant.obtenir(), id,
                version, Equipe.Liste.deChemin(liste), rang));
    }

    @PostMapping("/{id}/personnel/{liste:encadrants|accompagnants}/attester")
    String attester(@PathVariable long id, @PathVariable String liste, @RequestParam int version,
            @RequestParam int rang, RedirectAttributes redirection) {
        return action(id, liste, redirection, () -> saisie.attesterIntervenant(UtilisateurCourant.obtenir(), id,
                version, Equipe.Liste.deChemin(liste), rang));
    }

    @PostMapping("/{id}/personnel/formation")
    String formation(@PathVariable long id, @ModelAttribute("formation") Formulaires.FormFormation form,
            BindingResult erreurs, Model model, RedirectAttributes redirection) {
        return enregistrer(id, null, erreurs, model, redirection, List.of(), () -> saisie.enregistrerFormation(
                UtilisateurCourant.obtenir(), id, form.version, Saisie.net(form.formation)));
    }

    @PostMapping("/{id}/personnel/prestataires")
    String ajouterPrestataire(@PathVariable long id, @ModelAttribute("prestataire") Formulaires.FormPrestataire form,
            BindingResult erreurs, Model model, RedirectAttributes redirection) {
        Saisie s = new Saisie();
        var prestataire = form.versDomaine(s);
        return enregistrer(id, "prestataires", erreurs, model, redirection, s.erreurs,
                () -> saisie.ajouterPrestataire(UtilisateurCourant.obtenir(), id, form.version, prestataire));
    }

    @PostMapping("/{id}/personnel/prestataires/retirer")
    String retirerPrestataire(@PathVariable long id, @RequestParam int version, @RequestParam int rang,
            RedirectAttributes redirection) {
        return action(id, "prestataires", redirection,
                () -> saisie.retirerPrestataire(UtilisateurCourant.obtenir(), id, version, rang));
    }

    private String enregistrer(long id, String sousPage, BindingResult erreurs, Model model,
            RedirectAttributes redirection, List<fr.vao.sejour.Erreurs.Erreur> lecture, Runnable action) {
        if (!DeclarationsController.rejeter(lecture, erreurs)) {
            try {
                action.run();
                redirection.addFlashAttribute("succes", "sejour.enregistre");
                return "redirect:/sejours/" + id + "/personnel" + (sousPage == null ? "" : "/" + sousPage);
            } catch (DeclarationInvalideException e) {
                DeclarationsController.rejeter(e.erreurs(), erreurs);
            } catch (DeclarationRefuseeException e) {
                model.addAttribute("erreur", e.cle());
            } catch (TransitionInterditeException e) {
                model.addAttribute("erreur", e.cle());
            }
        }
        return page.afficher(saisie.lire(UtilisateurCourant.obtenir(), id), EtapeDeclaration.PERSONNEL, sousPage,
                model);
    }

    private String action(long id, String sousPage, RedirectAttributes redirection, Runnable action) {
        try {
            action.run();
            redirection.addFlashAttribute("succes", "sejour.enregistre");
        } catch (DeclarationRefuseeException e) {
            redirection.addFlashAttribute("erreur", e.cle());
        } catch (TransitionInterditeException e) {
            redirection.addFlashAttribute("erreur", e.cle());
        }
        return "redirect:/sejours/" + id + "/personnel/" + sousPage;
    }
}
