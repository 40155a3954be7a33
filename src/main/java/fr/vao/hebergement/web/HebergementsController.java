package fr.vao.hebergement.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.document.Categorie;
import fr.vao.document.Depot;
import fr.vao.document.DocumentRefuseException;
import fr.vao.document.Documents;
import fr.vao.hebergement.AdresseHebergement;
import fr.vao.hebergement.Erreurs;
import fr.vao.hebergement.FicheHebergement;
import fr.vao.hebergement.GestionHebergements;
import fr.vao.hebergement.Hebergement;
import fr.vao.hebergement.HebergementInvalideException;
import fr.vao.hebergement.HebergementIntrouvableException;
import fr.vao.hebergement.ResolutionAdresses;
import fr.vao.hebergement.Statut;
import fr.vao.hebergement.TransitionInterditeException;
import fr.vao.organisme.Organisme;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.Pagination;

/**
 * The organiser's hébergements (spec §2.7): list, form (draft, activation, new version of an actif one),
 * deactivation and reactivation after a confirmation page; every route checks the hébergement is the organisme's
 * (or its SIREN's, read-only, for a siège), else 404.
 */
@Controller
class HebergementsController {

    static final int PAR_PAGE = 10;

    private final GestionHebergements gestion;
    private final ResolutionAdresses resolution;
    private final Documents documents;
    private final String tuiles;
    private final String attribution;

    HebergementsController(GestionHebergements gestion, ResolutionAdresses resolution, Documents documents,
            @Value("${vao.carte.tuiles-url:}") String tuiles,
            @Value("${vao.carte.attribution:}") String attribution) {
        this.gestion = gestion;
        this.resolution = resolution;
        this.documents = documents;
        this.tuiles = tuiles;
        this.attribution = attribution;
    }

    @InitBinder("form")
    void lierLesChamps(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setDisallowedFields("attestationSecuriteFichier.*", "arreteMaireFichier.*",
                "reponseExploitantFichier.*");
    }

    @ModelAttribute
    void carte(Model model) {
        model.addAttribute("tuiles", tuiles);
        model.addAttribute("attribution", attribution);
    }

    private Optional<Organisme> organisme() {
        return gestion.organismeDe(UtilisateurCourant.obtenir());
    }

    @GetMapping("/hebergements")
    String liste(@RequestParam(required = false) String nom, @RequestParam(required = false) String adresse,
            @RequestParam(required = false) String statut, @RequestParam(required = false) String tri,
            @RequestParam(required = false) String ordre, @RequestParam(required = false) String page,
            HttpServletRequest request, Model model) {
        Optional<Organisme> o = organisme();
        if (o.isEmpty()) {
            return "redirect:/organisme";
        }
        Statut s = statut(statut);
        String cle = GestionHebergements.cleTri(tri);
        boolean desc = "desc".equals(ordre);
        GestionHebergements.Page premiere = gestion.liste(o.get(), borne(nom), borne(adresse), s, cle, desc, 1, 0);
        Pagination pagination = Pagination.de(request, page, PAR_PAGE, premiere.total()).triee(cle, desc);
        GestionHebergements.Page p = gestion.liste(o.get(), borne(nom), borne(adresse), s, cle, desc, PAR_PAGE,
                pagination.decalage());
        model.addAttribute("lignes", p.lignes());
        model.addAttribute("total", p.total());
        model.addAttribute("pagination", pagination);
        model.addAttribute("filtreNom", borne(nom));
        model.addAttribute("filtreAdresse", borne(adresse));
        model.addAttribute("filtreStatut", s == null ? null : s.code());
        model.addAttribute("statuts", List.of(Statut.values()));
        model.addAttribute("organisme", o.get());
        return "hebergement/liste";
    }

    private static Statut statut(String code) {
        for (Statut s : Statut.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return null;
    }

    static String borne(String valeur) {
        if (valeur == null || valeur.isBlank()) {
            return null;
        }
        String v = valeur.strip();
        return v.length() > 100 ? v.substring(0, 100) : v;
    }

    @GetMapping("/hebergements/nouveau")
    String nouveau(Model model) {
        if (organisme().isEmpty()) {
            return "redirect:/organisme";
        }
        FormulaireHebergement form = new FormulaireHebergement();
        form.version = 0;
        model.addAttribute("form", form);
        return formulaire(model, null);
    }

    @PostMapping("/hebergements/nouveau")
    String creer(@ModelAttribute("form") FormulaireHebergement form, BindingResult erreurs,
            @RequestParam(defaultValue = "brouillon") String action, Model model, RedirectAttributes redirection) {
        Optional<Organisme> o = organisme();
        if (o.isEmpty()) {
            return "redirect:/organisme";
        }
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        boolean activer = "activer".equals(action);
        Optional<FicheHebergement> fiche = preparer(form, erreurs, u, null, activer, model);
        if (fiche.isEmpty()) {
            return formulaire(model, null);
        }
        try {
            UUID id = gestion.creer(u, o.get(), fiche.get(), activer);
            redirection.addFlashAttribute("succes", "hebergement.sauvegarde");
            return "redirect:/hebergements/" + id;
        } catch (HebergementInvalideException e) {
            e.erreurs().forEach(x -> erreurs.rejectValue(x.champ(), x.cle()));
            return formulaire(model, null);
        }
    }

    @GetMapping("/hebergements/{id}")
    String hebergement(@PathVariable String id, Model model) {
        Optional<Organisme> o = organisme();
        if (o.isEmpty()) {
            return "redirect:/organisme";
        }
        Hebergement h = gestion.lire(o.get(), uuid(id));
        if (!gestion.modifiable(o.get(), h)) {
            model.addAttribute("h", h);
            return "hebergement/consultation";
        }
        model.addAttribute("form", FormulaireHebergement.de(h.fiche(), h.version()));
        return formulaire(model, h);
    }

    @PostMapping("/hebergements/{id}")
    String enregistrer(@PathVariable String id, @ModelAttribute("form") FormulaireHebergement form,
            BindingResult erreurs, @RequestParam(defaultValue = "brouillon") String action, Model model,
            RedirectAttributes redirection) {
        Optional<Organisme> o = organisme();
        if (o.isEmpty()) {
            return "redirect:/organisme";
        }
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        Hebergement h = gestion.lire(o.get(), uuid(id));
        boolean activer = "activer".equals(action) || h.statut() != Statut.BROUILLON;
        Optional<FicheHebergement> fiche = preparer(form, erreurs, u, h.fiche().adresse(), activer, model);
        if (fiche.isEmpty()) {
            return formulaire(model, h);
        }
        try {
            Hebergement.Effet effet = gestion.enregistrer(u, o.get(), h.hebergementId(),
                    form.version == null ? -1 : form.version, fiche.get(), activer);
            redirection.addFlashAttribute("succes", effet == Hebergement.Effet.NOUVELLE_VERSION
                    ? "hebergement.sauvegarde.nouvelle-version" : "hebergement.sauvegarde");
            return "redirect:/hebergements/" + h.hebergementId();
        } catch (HebergementInvalideException e) {
            e.erreurs().forEach(x -> erreurs.rejectValue(x.champ(), x.cle()));
            return formulaire(model, h);
        } catch (TransitionInterditeException e) {
            model.addAttribute("erreur", e.cle());
            return formulaire(model, h);
        }
    }

    /**
     * The checks of a save: uploads first (each refusal on its field, the accepted ones kept as ids), then the
     * address resolved on the server, then the rules. Empty when anything is wrong (the form shows it all).
     */
    private Optional<FicheHebergement> preparer(FormulaireHebergement form, BindingResult erreurs,
            UtilisateurConnecte u, AdresseHebergement actuelle, boolean complet, Model model) {
        form.attestationSecurite = deposer(form.attestationSecuriteFichier, form.attestationSecurite,
                "attestationSecurite", u, erreurs);
        form.arreteMaire = deposer(form.arreteMaireFichier, form.arreteMaire, "arreteMaire", u, erreurs);
        form.reponseExploitant = deposer(form.reponseExploitantFichier, form.reponseExploitant, "reponseExploitant",
                u, erreurs);
        ResolutionAdresses.Resultat adresse = resolution.resoudre(form.saisieAdresse(), actuelle);
        adresse.erreurs().liste().forEach(x -> erreurs.rejectValue(x.champ(), x.cle()));
        model.addAttribute("communes", adresse.candidates());
        if (adresse.indisponible()) {
            model.addAttribute("adresseIndisponible", true);
        }
        Erreurs conversion = new Erreurs();
        FicheHebergement fiche = form.versDomaine(adresse.adresse(), conversion);
        conversion.liste().forEach(x -> erreurs.rejectValue(x.champ(), x.cle()));
        fiche.erreurs(gestion.aujourdhui(), complet).liste().stream()
                .filter(x -> !erreurs.hasFieldErrors(x.champ()))
                .filter(x -> !("adresse".equals(x.champ()) && !adresse.erreurs().aucune()))
                .forEach(x -> erreurs.rejectValue(x.champ(), x.cle()));
        return erreurs.hasErrors() ? Optional.empty() : Optional.of(fiche);
    }

    /** Stores an uploaded file (its id replaces the previous one) or puts its refusal on the field. */
    private String deposer(MultipartFile fichier, String actuel, String champ, UtilisateurConnecte u,
            BindingResult erreurs) {
        if (fichier == null || fichier.isEmpty()) {
            return actuel;
        }
        try {
            return documents.deposer(new Depot(fichier.getOriginalFilename(), fichier.getBytes(),
                    Categorie.HEBERGEMENT_ERP, u)).id().toString();
        } catch (DocumentRefuseException e) {
            erreurs.rejectValue(champ, e.motif().cle());
            return actuel;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String formulaire(Model model, Hebergement h) {
        model.addAttribute("h", h);
        model.addAttribute("types", FicheHebergement.TYPES);
        model.addAttribute("accessibilites", FicheHebergement.ACCESSIBILITES);
        model.addAttribute("pensions", FicheHebergement.PENSIONS);
        model.addAttribute("prestations", FicheHebergement.PRESTATIONS);
        if (!model.containsAttribute("communes")) {
            model.addAttribute("communes", List.of());
        }
        return "hebergement/formulaire";
    }

    // ---- deactivation / reactivation, confirmed on a page of their own (works without JavaScript) ----

    @GetMapping("/hebergements/{id}/{action:desactivation|reactivation}")
    String confirmation(@PathVariable String id, @PathVariable String action, Model model) {
        Optional<Organisme> o = organisme();
        if (o.isEmpty()) {
            return "redirect:/organisme";
        }
        Hebergement h = gestion.lire(o.get(), uuid(id));
        if (!gestion.modifiable(o.get(), h)) {
            throw new HebergementIntrouvableException();
        }
        model.addAttribute("h", h);
        model.addAttribute("action", action);
        return "hebergement/confirmation";
    }

    @PostMapping("/hebergements/{id}/{action:desactivation|reactivation}")
    String changerStatut(@PathVariable String id, @PathVariable String action, @RequestParam int version,
            Model model, RedirectAttributes redirection) {
        Optional<Organisme> o = organisme();
        if (o.isEmpty()) {
            return "redirect:/organisme";
        }
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        UUID hid = uuid(id);
        try {
            if ("desactivation".equals(action)) {
                gestion.desactiver(u, o.get(), hid, version);
            } else {
                gestion.reactiver(u, o.get(), hid, version);
            }
        } catch (TransitionInterditeException e) {
            redirection.addFlashAttribute("erreur", e.cle());
            return "redirect:/hebergements";
        }
        redirection.addFlashAttribute("succes", "hebergement." + action + ".faite");
        return "redirect:/hebergements";
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new HebergementIntrouvableException();
        }
    }
}
