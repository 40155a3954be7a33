package fr.vao.organisme.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

import fr.vao.document.Depot;
import fr.vao.document.DocumentRefuseException;
import fr.vao.document.Documents;
import fr.vao.organisme.Fiche;
import fr.vao.organisme.FicheInvalideException;
import fr.vao.organisme.FicheRefuseeException;
import fr.vao.organisme.FichesOrganisateur;
import fr.vao.organisme.Protocole;
import fr.vao.organisme.ProtocoleSanitaire;
import fr.vao.organisme.ProtocoleTransport;
import fr.vao.organisme.Section;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;

/**
 * Steps 3 and 4: the transport and sanitary protocols and their documents (read-only for an établissement
 * secondaire: its siège's). Both steps are handled the same way; only their questions, their options and the step
 * after them differ.
 */
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
        return formulaire(Section.TRANSPORT, model,
                f -> f.transport().map(FormulaireTransport::de).orElseGet(FormulaireTransport::new));
    }

    @PostMapping("/transport")
    String enregistrerTransport(@ModelAttribute("form") FormulaireTransport form, BindingResult erreurs,
            @RequestParam(required = false) List<MultipartFile> fichiers, Model model,
            RedirectAttributes redirection) {
        return enregistrer(form.versDomaine(), form, erreurs, fichiers, model, redirection);
    }

    @GetMapping("/sanitaire")
    String sanitaire(Model model) {
        return formulaire(Section.SANITAIRE, model,
                f -> f.sanitaire().map(FormulaireSanitaire::de).orElseGet(FormulaireSanitaire::new));
    }

    @PostMapping("/sanitaire")
    String enregistrerSanitaire(@ModelAttribute("form") FormulaireSanitaire form, BindingResult erreurs,
            @RequestParam(required = false) List<MultipartFile> fichiers, Model model,
            RedirectAttributes redirection) {
        return enregistrer(form.versDomaine(), form, erreurs, fichiers, model, redirection);
    }

    private String formulaire(Section section, Model model, Function<Fiche, FormulaireProtocole> formulaire) {
        Optional<Fiche> fiche = fiches.ficheDe(UtilisateurCourant.obtenir());
        if (fiche.isEmpty()) {
            return "redirect:/organisme/renseignements";
        }
        FormulaireProtocole form = formulaire.apply(fiche.get());
        form.version = fiche.get().organisme().version();
        model.addAttribute("form", form);
        return afficher(section, fiche.get(), model);
    }

    /**
     * The files first, stored before the transaction (the antivirus holds none); then the answers and the document
     * changes, saved together. Anything refused shows the step again with every reason and the user's input.
     */
    private String enregistrer(Protocole protocole, FormulaireProtocole form, BindingResult erreurs,
            List<MultipartFile> fichiers, Model model, RedirectAttributes redirection) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        Section section = protocole.section();
        Optional<Fiche> fiche = fiches.ficheDe(u);
        if (fiche.isEmpty()) {
            return "redirect:/organisme/renseignements";
        }
        if (fiche.get().protocolesDuSiege()) { // refused before any file is stored
            model.addAttribute("erreur", "organisme.refus.protocoles-du-siege");
            return afficher(section, fiche.get(), model);
        }
        if (!deposer(fichiers, protocole, form, erreurs, u)) {
            protocole.erreurs().liste().forEach(x -> erreurs.rejectValue(x.champ(), x.cle()));
            return afficher(section, fiche.get(), model);
        }
        try {
            fiches.enregistrer(u, protocole, form.modificationDocuments(), form.version);
        } catch (FicheInvalideException e) {
            e.erreurs().forEach(x -> erreurs.rejectValue(x.champ(), x.cle()));
            return afficher(section, fiches.ficheDe(u).orElseThrow(), model);
        } catch (FicheRefuseeException e) {
            model.addAttribute("erreur", e.cle());
            return afficher(section, fiches.ficheDe(u).orElseThrow(), model);
        }
        redirection.addFlashAttribute("succes", "organisme.enregistre");
        return section == Section.TRANSPORT ? "redirect:/organisme/sanitaire" : "redirect:/organisme/synthese";
    }

    /**
     * Stores the files chosen on the step; the accepted ones join the form's documents, a refused one puts its
     * reason on the field "documents".
     *
     * @return false when a file was refused
     */
    private boolean deposer(List<MultipartFile> fichiers, Protocole protocole, FormulaireProtocole form,
            BindingResult erreurs, UtilisateurConnecte u) {
        boolean tousAcceptes = true;
        for (MultipartFile fichier : fichiers == null ? List.<MultipartFile>of() : fichiers) {
            if (fichier.isEmpty() && (fichier.getOriginalFilename() == null
                    || fichier.getOriginalFilename().isBlank())) {
                continue; // no file chosen
            }
            try {
                form.documents.add(documents.deposer(new Depot(fichier.getOriginalFilename(), fichier.getBytes(),
                        protocole.categorieDocuments(), u)).id());
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

    /**
     * The step's page (template organisme/protocole, its questions in organisme/_questions); the files uploaded in a
     * refused save are listed until the save that attaches them.
     */
    private String afficher(Section section, Fiche fiche, Model model) {
        Pages.fiche(model, fiche);
        boolean transport = section == Section.TRANSPORT;
        model.addAttribute("section", section);
        model.addAttribute("etape", section.chemin());
        model.addAttribute("suivante", transport ? "/organisme/sanitaire" : "/organisme/synthese");
        model.addAttribute("protocole", transport ? fiche.transport().orElse(null) : fiche.sanitaire().orElse(null));
        model.addAttribute("documents", transport ? fiche.documentsTransport() : fiche.documentsSanitaire());
        if (transport) {
            model.addAttribute("responsables", ProtocoleTransport.RESPONSABLES);
            model.addAttribute("modes", ProtocoleTransport.MODES);
        } else {
            model.addAttribute("equipe", ProtocoleSanitaire.EQUIPE);
            model.addAttribute("responsablesMedicaments", ProtocoleSanitaire.RESPONSABLES_MEDICAMENTS);
            model.addAttribute("piluliers", ProtocoleSanitaire.PILULIERS);
        }
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        FormulaireProtocole form = (FormulaireProtocole) model.getAttribute("form");
        model.addAttribute("deposes", form == null ? List.of() : form.documents.stream().distinct()
                .map(id -> documents.decrire(id, u)).flatMap(Optional::stream).toList());
        return "organisme/protocole";
    }
}
