package fr.vao.agrement.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.agrement.AccesAgrementRefuseException;
import fr.vao.agrement.AccesFilsAgrement;
import fr.vao.agrement.AgrementIncompletException;
import fr.vao.agrement.AgrementInvalideException;
import fr.vao.agrement.AgrementModifieException;
import fr.vao.agrement.AgrementRefuseException;
import fr.vao.agrement.ControleDossier;
import fr.vao.agrement.DemandeOrganisateur;
import fr.vao.agrement.DossierAgrement;
import fr.vao.agrement.EtapeAgrement;
import fr.vao.agrement.SaisieAgrement;
import fr.vao.agrement.StatutAgrement;
import fr.vao.agrement.TransitionAgrementInterditeException;
import fr.vao.document.Categorie;
import fr.vao.document.Depot;
import fr.vao.document.DocumentRefuseException;
import fr.vao.document.DocumentStocke;
import fr.vao.document.Documents;
import fr.vao.messagerie.OngletMessagerie;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.PagesErreur;
import fr.vao.territoire.Territoire;
import fr.vao.territoire.Territoires;

/**
 * The organiser's agrément request (spec §2.6 B and C, ADR 0026): creation, the steps, the synthèse and the
 * transmission, the request's page with its tabs, the deletion of a draft. Behind the feature flag
 * {@code RENOUVELLEMENT_AGREMENT}: every route answers 404 while it is off.
 */
@Controller
@RequestMapping("/agrement")
class DemandeAgrementController {

    private static final String ETAPE = "agrement/etape";

    private final SaisieAgrement saisie;
    private final Documents documents;
    private final Territoires territoires;
    private final Clock horloge;
    private final OngletMessagerie messagerie;

    DemandeAgrementController(SaisieAgrement saisie, Documents documents, Territoires territoires, Clock horloge,
            OngletMessagerie messagerie) {
        this.saisie = saisie;
        this.documents = documents;
        this.territoires = territoires;
        this.horloge = horloge;
        this.messagerie = messagerie;
    }

    @InitBinder("form")
    void lierLesChamps(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setDisallowedFields("pieces*");
    }

    @ExceptionHandler(AccesAgrementRefuseException.class)
    ModelAndView refuse() {
        return PagesErreur.page(HttpStatus.FORBIDDEN);
    }

    private void ouverte() {
        if (!saisie.ouverte()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @PostMapping("/demande")
    String creer(RedirectAttributes redirection) {
        ouverte();
        try {
            long id = saisie.creer(UtilisateurCourant.obtenir());
            redirection.addFlashAttribute("succes", "agrement.demande.creee");
            return "redirect:/agrement/" + id + "/coordonnees";
        } catch (AgrementRefuseException e) {
            redirection.addFlashAttribute("erreur", e.cle());
            return "redirect:/agrement";
        }
    }

    @GetMapping("/{id:\\d+}")
    String demande(@PathVariable long id, Model model) {
        ouverte();
        return afficherDemande(saisie.lire(UtilisateurCourant.obtenir(), id), model);
    }

    private String afficherDemande(DemandeOrganisateur d, Model model) {
        LocalDate jour = LocalDate.now(horloge);
        model.addAttribute("d", d);
        model.addAttribute("regionLibelle", territoires.trouver(d.demande().regionObtention())
                .map(Territoire::libelle).orElse(d.demande().regionObtention()));
        d.delai().ifPresent(delai -> {
            model.addAttribute("joursRestants", delai.joursRestants(jour));
            model.addAttribute("echeance", delai.echeance(jour).orElse(null));
        });
        if (d.demande().statut() != StatutAgrement.BROUILLON) {
            // the messagerie tab's summary: its unread state for the organisme (ADR 0028), nothing marked read
            messagerie.resumer(UtilisateurCourant.obtenir(), AccesFilsAgrement.TYPE, d.demande().id(), model);
        }
        return "agrement/demande";
    }

    @GetMapping("/{id:\\d+}/{chemin:coordonnees|dossier|bilan|projet}")
    String etape(@PathVariable long id, @PathVariable String chemin,
            @RequestParam(required = false) String controle, Model model) {
        ouverte();
        DemandeOrganisateur d = saisie.lire(UtilisateurCourant.obtenir(), id);
        EtapeAgrement etape = etapeDe(d, chemin);
        if (!d.modifiable()) {
            return "redirect:/agrement/" + id;
        }
        FormulairesDemande.Etape form = formulaire(etape, d.dossier());
        BindingResult erreurs = new DirectFieldBindingResult(form, "form");
        if (controle != null) {
            d.incomplets().getOrDefault(etape, List.of()).forEach(e -> erreurs.rejectValue(e.champ(), e.cle()));
        }
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", erreurs);
        return afficherEtape(d, etape, form, model);
    }

    private static EtapeAgrement etapeDe(DemandeOrganisateur d, String chemin) {
        return EtapeAgrement.duChemin(chemin).filter(d.etapes()::contains)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private FormulairesDemande.Etape formulaire(EtapeAgrement etape, DossierAgrement d) {
        return switch (etape) {
            case COORDONNEES -> FormulairesDemande.Coordonnees.de(d.coordonnees());
            case DOSSIER -> FormulairesDemande.Dossier.de(d.candidature());
            case BILAN -> FormulairesDemande.Bilan.de(d.bilan(), LocalDate.now(horloge).getYear());
            case PROJET -> FormulairesDemande.Projet.de(d.projet());
        };
    }

    private String afficherEtape(DemandeOrganisateur d, EtapeAgrement etape, FormulairesDemande.Etape form,
            Model model) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        model.addAttribute("d", d);
        model.addAttribute("etape", etape);
        model.addAttribute("etapes", d.etapes());
        model.addAttribute("deposes", form.documents.stream().distinct()
                .map(x -> documents.decrire(x, u)).flatMap(Optional::stream).toList());
        model.addAttribute("handicaps", DossierAgrement.HANDICAPS);
        model.addAttribute("tranchesAge", DossierAgrement.TRANCHES_AGE);
        model.addAttribute("mois", java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
        model.addAttribute("activites", saisie.activites());
        model.addAttribute("uniques", EtapeAgrement.FICHIER_UNIQUE.stream().map(Categorie::name).toList());
        return ETAPE;
    }

    @PostMapping("/{id:\\d+}/coordonnees")
    String coordonnees(@PathVariable long id, @ModelAttribute("form") FormulairesDemande.Coordonnees form,
            BindingResult erreurs, @RequestParam(required = false) String action, HttpServletRequest requete,
            HttpServletResponse reponse, Model model, RedirectAttributes redirection) {
        return enregistrer(id, EtapeAgrement.COORDONNEES, form, erreurs, action, requete, reponse, model,
                redirection);
    }

    @PostMapping("/{id:\\d+}/dossier")
    String dossier(@PathVariable long id, @ModelAttribute("form") FormulairesDemande.Dossier form,
            BindingResult erreurs, @RequestParam(required = false) String action, HttpServletRequest requete,
            HttpServletResponse reponse, Model model, RedirectAttributes redirection) {
        return enregistrer(id, EtapeAgrement.DOSSIER, form, erreurs, action, requete, reponse, model, redirection);
    }

    @PostMapping("/{id:\\d+}/bilan")
    String bilan(@PathVariable long id, @ModelAttribute("form") FormulairesDemande.Bilan form,
            BindingResult erreurs, @RequestParam(required = false) String action, HttpServletRequest requete,
            HttpServletResponse reponse, Model model, RedirectAttributes redirection) {
        return enregistrer(id, EtapeAgrement.BILAN, form, erreurs, action, requete, reponse, model, redirection);
    }

    @PostMapping("/{id:\\d+}/projet")
    String projet(@PathVariable long id, @ModelAttribute("form") FormulairesDemande.Projet form,
            BindingResult erreurs, @RequestParam(required = false) String action, HttpServletRequest requete,
            HttpServletResponse reponse, Model model, RedirectAttributes redirection) {
        return enregistrer(id, EtapeAgrement.PROJET, form, erreurs, action, requete, reponse, model, redirection);
    }

    /**
     * The files first (stored before the transaction: the antivirus holds none), then the step and its document
     * changes together. Anything refused shows the step again with every reason and the user's input; a request
     * that is no longer modifiable answers 403 with its page.
     */
    private String enregistrer(long id, EtapeAgrement etape, FormulairesDemande.Etape form, BindingResult erreurs,
            String action, HttpServletRequest requete, HttpServletResponse reponse, Model model,
            RedirectAttributes redirection) {
        ouverte();
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        DemandeOrganisateur d = saisie.lire(u, id);
        etapeDe(d, etape.chemin());
        if (!d.modifiable()) {
            reponse.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("erreur", "agrement.refus.non-modifiable");
            return afficherDemande(d, model);
        }
        deposer(etape, form, erreurs, requete, u);
        if (form instanceof FormulairesDemande.Bilan b) {
            b.lignesVides();
        } else if (form instanceof FormulairesDemande.Projet p) {
            p.lignesVides();
        }
        if (erreurs.hasErrors()) {
            // an unreadable number or date, a refused file: show the other rules' errors too
            saisie.verifier(etape, form.versDomaine()).stream().filter(x -> !erreurs.hasFieldErrors(x.champ()))
                    .forEach(x -> erreurs.rejectValue(x.champ(), x.cle()));
            return afficherEtape(d, etape, form, model);
        }
        try {
            saisie.enregistrer(u, id, etape, form.versDomaine(), form.modification());
        } catch (AgrementInvalideException e) {
            e.erreurs().forEach(x -> erreurs.rejectValue(x.champ(), x.cle()));
            return afficherEtape(d, etape, form, model);
        } catch (AgrementRefuseException e) {
            model.addAttribute("erreur", e.cle());
            return afficherEtape(d, etape, form, model);
        }
        redirection.addFlashAttribute("succes", "agrement.etape.enregistree");
        if ("rester".equals(action)) {
            return "redirect:/agrement/" + id + "/" + etape.chemin();
        }
        int suivante = d.etapes().indexOf(etape) + 1;
        return "redirect:/agrement/" + id + "/"
                + (suivante < d.etapes().size() ? d.etapes().get(suivante).chemin() : "synthese");
    }

    /** Stores the files chosen for each category of the step ({@code fichier_CATEGORY}); a refusal goes on it. */
    private void deposer(EtapeAgrement etape, FormulairesDemande.Etape form, BindingResult erreurs,
            HttpServletRequest requete, UtilisateurConnecte u) {
        // the security filters wrap the request: look for the multipart one beneath
        MultipartHttpServletRequest multipart = org.springframework.web.util.WebUtils.getNativeRequest(requete,
                MultipartHttpServletRequest.class);
        if (multipart == null) {
            return;
        }
        for (Categorie c : etape.categories()) {
            for (MultipartFile fichier : multipart.getFiles("fichier_" + c.name())) {
                if (fichier.isEmpty() && (fichier.getOriginalFilename() == null
                        || fichier.getOriginalFilename().isBlank())) {
                    continue;
                }
                try {
                    DocumentStocke depose = documents.deposer(new Depot(fichier.getOriginalFilename(),
                            fichier.getBytes(), c, u));
                    if (EtapeAgrement.unique(c)) {
                        // a second file of a single-file category replaces the one received before
                        form.documents.removeIf(x -> documents.decrire(x, u).map(y -> y.categorie() == c)
                                .orElse(false));
                    }
                    form.documents.add(depose.id());
                } catch (DocumentRefuseException e) {
                    erreurs.rejectValue(ControleDossier.piece(c), "organisme.documents.refus", new Object[] {
                        fichier.getOriginalFilename(), new DefaultMessageSourceResolvable(e.motif().cle())}, null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    @GetMapping("/{id:\\d+}/synthese")
    String synthese(@PathVariable long id, Model model) {
        ouverte();
        DemandeOrganisateur d = saisie.lire(UtilisateurCourant.obtenir(), id);
        model.addAttribute("d", d);
        model.addAttribute("etapes", d.etapes());
        return "agrement/synthese";
    }

    @PostMapping("/{id:\\d+}/transmission")
    String transmettre(@PathVariable long id, @RequestParam int version, RedirectAttributes redirection) {
        ouverte();
        try {
            saisie.transmettre(UtilisateurCourant.obtenir(), id, version);
            redirection.addFlashAttribute("succes", "agrement.demande.transmise");
            return "redirect:/agrement/" + id;
        } catch (AgrementIncompletException e) {
            redirection.addFlashAttribute("erreur", "agrement.refus.incomplete");
            return "redirect:/agrement/" + id + "/synthese";
        } catch (AgrementModifieException e) {
            redirection.addFlashAttribute("erreur", "agrement.modifie-entre-temps");
            return "redirect:/agrement/" + id;
        } catch (TransitionAgrementInterditeException e) {
            redirection.addFlashAttribute("erreur", "agrement.refus.non-transmissible");
            return "redirect:/agrement/" + id;
        }
    }

    @GetMapping("/{id:\\d+}/suppression")
    String confirmerSuppression(@PathVariable long id, Model model) {
        ouverte();
        DemandeOrganisateur d = saisie.lire(UtilisateurCourant.obtenir(), id);
        if (d.demande().statut().suivant(fr.vao.agrement.ActionAgrement.SUPPRIMER).isEmpty()) {
            return "redirect:/agrement/" + id;
        }
        model.addAttribute("d", d);
        return "agrement/suppression";
    }

    @PostMapping("/{id:\\d+}/suppression")
    String supprimer(@PathVariable long id, @RequestParam int version, RedirectAttributes redirection) {
        ouverte();
        try {
            saisie.supprimer(UtilisateurCourant.obtenir(), id, version);
            redirection.addFlashAttribute("succes", "agrement.demande.supprimee");
            return "redirect:/agrement";
        } catch (AgrementModifieException e) {
            redirection.addFlashAttribute("erreur", "agrement.modifie-entre-temps");
        } catch (TransitionAgrementInterditeException e) {
            redirection.addFlashAttribute("erreur", "agrement.refus.non-supprimable");
        }
        return "redirect:/agrement/" + id;
    }
}
