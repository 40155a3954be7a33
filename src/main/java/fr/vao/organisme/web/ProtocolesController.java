package fr.vao.organisme.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;
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

import fr.vao.document.Categorie;
import fr.vao.document.Depot;
import fr.vao.document.DocumentRefuseException;
import fr.vao.document.Documents;
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
    private final Documents documents;

    ProtocolesController(FichesOrganisateur fiches, Documents documents) {
        this.fiches = fiches;
        this.documents = documents;
    }

    @InitBinder
    void lierLesChamps(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setDisallowedFields("fichiers");
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
    String enregistrerTransport(@ModelAttribute("form") FormulaireTransport form, BindingResult erreurs,
            @RequestParam(required = false) List<MultipartFile> fichiers, Model model,
            RedirectAttributes redirection) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        if (!deposer(fichiers, Categorie.PROTOCOLE_TRANSPORT, form, erreurs, u)) {
            form.versDomaine().erreurs().liste().forEach(x -> erreurs.rejectValue(x.champ(), x.cle()));
            return fiches.ficheDe(u).map(f -> afficherTransport(f, model)).orElse("redirect:/organisme/renseignements");
        }
        try {
            fiches.enregistrer(u, form.versDomaine(), form.modificationDocuments(), form.version);
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

    /**
     * Stores the files chosen on the step before anything else (the antivirus holds no transaction); the accepted
     * ones join the form's documents, a refused one puts its reason on the field "documents".
     *
     * @return false when a file was refused
     */
    private boolean deposer(List<MultipartFile> fichiers, Categorie categorie, FormulaireProtocole form,
            BindingResult erreurs, UtilisateurConnecte u) {
        boolean tousAcceptes = true;
        for (MultipartFile fichier : fichiers == null ? List.<MultipartFile>of() : fichiers) {
            if (fichier.isEmpty() && (fichier.getOriginalFilename() == null
                    || fichier.getOriginalFilename().isBlank())) {
                continue; // no file chosen
            }
            try {
                form.documents.add(documents.deposer(new Depot(fichier.getOriginalFilename(), fichier.getBytes(),
                        categorie, u)).id());
            } catch (DocumentRefuseException e) {
                erreurs.rejectValue("documents", "organisme.documents.refus", new Object[] {
                    fichier.getOriginalFilename(), new DefaultMessageSourceResolvable(e.motif().cle())}, null);
                tousAcceptes = false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tousAcceptes;
    }

    /** The step's page; the files uploaded in a refused save are listed until the save that attaches them. */
    private void pageEtape(Fiche fiche, Model model) {
        Pages.fiche(model, fiche);
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        FormulaireProtocole form = (FormulaireProtocole) model.getAttribute("form");
        model.addAttribute("deposes", form == null ? List.of() : form.documents.stream().distinct()
                .map(id -> documents.decrire(id, u)).flatMap(Optional::stream).toList());
    }

    private String afficherTransport(Fiche fiche, Model model) {
        pageEtape(fiche, model);
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
    String enregistrerSanitaire(@ModelAttribute("form") FormulaireSanitaire form, BindingResult erreurs,
            @RequestParam(required = false) List<MultipartFile> fichiers, Model model,
            RedirectAttributes redirection) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        if (!deposer(fichiers, Categorie.PROTOCOLE_SANITAIRE, form, erreurs, u)) {
            form.versDomaine().erreurs().liste().forEach(x -> erreurs.rejectValue(x.champ(), x.cle()));
            return fiches.ficheDe(u).map(f -> afficherSanitaire(f, model)).orElse("redirect:/organisme/renseignements");
        }
        try {
            fiches.enregistrer(u, form.versDomaine(), form.modificationDocuments(), form.version);
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
        pageEtape(fiche, model);
        model.addAttribute("equipe", ProtocoleSanitaire.EQUIPE);
        model.addAttribute("responsablesMedicaments", ProtocoleSanitaire.RESPONSABLES_MEDICAMENTS);
        model.addAttribute("piluliers", ProtocoleSanitaire.PILULIERS);
        return "organisme/sanitaire";
    }
}
