package fr.vao.sejour.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.hebergement.GestionHebergements;
import fr.vao.organisme.Organisme;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.Pagination;
import fr.vao.sejour.Attestation;
import fr.vao.sejour.DeclarationInvalideException;
import fr.vao.sejour.DeclarationRefuseeException;
import fr.vao.sejour.DeclarationSejour;
import fr.vao.sejour.Erreurs;
import fr.vao.sejour.EtapeDeclaration;
import fr.vao.sejour.ListeOrganisateur;
import fr.vao.sejour.PersonnelPrevu;
import fr.vao.sejour.ProjetSejour;
import fr.vao.sejour.SaisieDeclarations;
import fr.vao.sejour.Statut;
import fr.vao.sejour.TransitionInterditeException;
import fr.vao.sejour.ValiditeAgrement;
import fr.vao.sejour.Vacanciers;

/**
 * The organiser's déclarations (spec §2.8.3, §2.8.9): the list, the creation from step 1, each step saved on its own,
 * the synthèse with its "incomplet" markers and the submission with the attestation sur l'honneur.
 */
@Controller
@RequestMapping("/sejours")
class DeclarationsController {

    static final int PAR_PAGE = 10;

    private final SaisieDeclarations saisie;
    private final ListeOrganisateur liste;
    private final PageDeclaration page;

    DeclarationsController(SaisieDeclarations saisie, ListeOrganisateur liste, PageDeclaration page) {
        this.saisie = saisie;
        this.liste = liste;
        this.page = page;
    }

    @InitBinder
    void lierLesChamps(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    private Organisme organisme() {
        return saisie.organismeDe(UtilisateurCourant.obtenir())
                .orElseThrow(() -> new DeclarationRefuseeException("sejour.refus.fiche-incomplete"));
    }

    @GetMapping
    String liste(@RequestParam(required = false) String numero, @RequestParam(required = false) String libelle,
            @RequestParam(required = false) List<String> statut, @RequestParam(required = false) String periode,
            @RequestParam(required = false) String tri, @RequestParam(defaultValue = "true") boolean desc,
            @RequestParam(required = false) String ordre, @RequestParam(required = false) String page,
            HttpServletRequest request, Model model) {
        Optional<Organisme> o = saisie.organismeDe(UtilisateurCourant.obtenir());
        if (o.isEmpty()) {
            return "redirect:/organisme/renseignements";
        }
        ListeOrganisateur.Filtre f = filtre(numero, libelle, statut, periode);
        String cle = cleTri(tri);
        boolean descendant = descendant(desc, ordre);
        List<Long> organismes = saisie.visibles(o.get());
        Pagination pagination = Pagination.de(request, page, PAR_PAGE, liste.compter(organismes, f)).triee(cle,
                descendant);
        model.addAttribute("lignes", liste.page(organismes, f, cle, descendant, PAR_PAGE, pagination.decalage()));
        model.addAttribute("pagination", pagination);
        model.addAttribute("filtre", f);
        model.addAttribute("statuts", List.of(Statut.values()));
        model.addAttribute("empechement", saisie.empechement(o.get(), null).orElse(null));
        return "sejour/liste";
    }

    static final List<String> ENTETES = List.of("reference", "libelle", "departement", "etablissement", "siret",
            "date_debut", "date_fin", "statut", "hebergement_nom");

    /** The organiser's CSV (spec §2.8.9): every déclaration of the filtered list, in its order. */
    @GetMapping("/export.csv")
    void csv(@RequestParam(required = false) String numero, @RequestParam(required = false) String libelle,
            @RequestParam(required = false) List<String> statut, @RequestParam(required = false) String periode,
            @RequestParam(required = false) String tri, @RequestParam(defaultValue = "true") boolean desc,
            @RequestParam(required = false) String ordre, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        Organisme o = organisme();
        List<ListeOrganisateur.LigneExport> lignes = liste.exporter(saisie.visibles(o),
                filtre(numero, libelle, statut, periode), cleTri(tri), descendant(desc, ordre));
        fr.vao.plateforme.web.Csv.ecrire(response, "declarations-sejour.csv", ENTETES, lignes.stream()
                .map(l -> List.of(fr.vao.plateforme.web.Csv.cellule(l.numero()),
                        fr.vao.plateforme.web.Csv.cellule(l.libelle()),
                        fr.vao.plateforme.web.Csv.cellule(l.departement()),
                        fr.vao.plateforme.web.Csv.cellule(l.etablissement()),
                        fr.vao.plateforme.web.Csv.cellule(l.siret()), String.valueOf(l.debut()),
                        String.valueOf(l.fin()), l.statut().code(),
                        fr.vao.plateforme.web.Csv.cellule(l.hebergements()))));
    }

    private static ListeOrganisateur.Filtre filtre(String numero, String libelle, List<String> statuts,
            String periode) {
        return new ListeOrganisateur.Filtre(Saisie.net(numero), Saisie.net(libelle), statuts(statuts),
                periode != null && List.of("hiver", "printemps", "ete", "automne").contains(periode) ? periode : null);
    }

    private static String cleTri(String tri) {
        return tri != null && ListeOrganisateur.TRIS.containsKey(tri) ? tri : "modification";
    }

    /** The sort order: {@code ordre} (the sortable headers' links) wins over the older {@code desc}. */
    static boolean descendant(boolean desc, String ordre) {
        return ordre == null ? desc : "desc".equals(ordre);
    }

    /** The statuses of a filter (GET parameters {@code statut}, several allowed); unknown codes are ignored. */
    static java.util.Set<Statut> statuts(List<String> codes) {
        java.util.Set<Statut> s = java.util.EnumSet.noneOf(Statut.class);
        if (codes != null) {
            codes.stream().map(DeclarationsController::statut).filter(java.util.Objects::nonNull).forEach(s::add);
        }
        return s;
    }

    static Statut statut(String code) {
        for (Statut s : Statut.values()) {
            if (s.name().equals(code)) {
                return s;
            }
        }
        return null;
    }

    // ---- creation (step 1 of a new déclaration) ----

    @GetMapping("/nouvelle")
    String nouvelle(Model model) {
        Organisme o = organisme();
        Optional<String> empechement = saisie.empechement(o, null);
        if (empechement.isPresent()) {
            model.addAttribute("erreur", empechement.get());
            return "sejour/impossible";
        }
        model.addAttribute("form", Formulaires.Informations.de(saisie.preRemplissage(UtilisateurCourant.obtenir(), o),
                0));
        return afficherNouvelle(model);
    }

    private String afficherNouvelle(Model model) {
        model.addAttribute("etape", EtapeDeclaration.INFORMATIONS);
        model.addAttribute("etapes", List.of(EtapeDeclaration.values()));
        return "sejour/nouvelle";
    }

    @PostMapping("/nouvelle")
    String creer(@ModelAttribute("form") Formulaires.Informations form, BindingResult erreurs, Model model,
            RedirectAttributes redirection) {
        Saisie s = new Saisie();
        var informations = form.versDomaine(s);
        if (rejeter(s.erreurs, erreurs)) {
            return afficherNouvelle(model);
        }
        try {
            long id = saisie.creer(UtilisateurCourant.obtenir(), informations);
            redirection.addFlashAttribute("succes", "sejour.cree");
            return "redirect:/sejours/" + id + "/vacanciers";
        } catch (DeclarationInvalideException e) {
            rejeter(e.erreurs(), erreurs);
        } catch (DeclarationRefuseeException e) {
            model.addAttribute("erreur", e.cle());
        }
        return afficherNouvelle(model);
    }

    // ---- the steps of an existing déclaration ----

    /** Opens a déclaration on the first step the user may change, else on its synthèse. */
    @GetMapping("/{id}")
    String ouvrir(@PathVariable long id) {
        DeclarationSejour d = saisie.lire(UtilisateurCourant.obtenir(), id);
        boolean sienne = saisie.modifiable(UtilisateurCourant.obtenir(), d);
        EtapeDeclaration premiere = d.etapes().stream().filter(e -> sienne && d.modifiable(e)).findFirst()
                .orElse(EtapeDeclaration.SYNTHESE);
        return "redirect:/sejours/" + id + "/" + premiere.chemin();
    }

    @GetMapping("/{id}/{chemin:informations|vacanciers|personnel|projet|transport|sanitaire|hebergements|synthese}")
    String etape(@PathVariable long id, @PathVariable String chemin, Model model) {
        DeclarationSejour d = saisie.lire(UtilisateurCourant.obtenir(), id);
        EtapeDeclaration etape = EtapeDeclaration.deChemin(chemin);
        if (!d.etapes().contains(etape)) {
            return "redirect:/sejours/" + id + "/" + EtapeDeclaration.SYNTHESE.chemin();
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", formulaire(d, etape));
        }
        return page.afficher(d, etape, model);
    }

    static Object formulaire(DeclarationSejour d, EtapeDeclaration etape) {
        switch (etape) {
            case INFORMATIONS:
                return Formulaires.Informations.de(d.informations(), d.version());
            case VACANCIERS:
                return Formulaires.FormVacanciers.de(d.vacanciers(), d.version());
            case PERSONNEL:
                return Formulaires.FormPersonnel.de(d.personnel(), d.version());
            case PROJET:
                return Formulaires.FormProjet.de(d.projet(), d.version());
            case HEBERGEMENTS:
                Formulaires.FormEtape e = new Formulaires.FormEtape();
                e.version = d.version();
                e.sejourEtranger = d.hebergements().sejourEtranger();
                return e;
            default:
                Formulaires.FormAttestation v = new Formulaires.FormAttestation();
                v.version = d.version();
                return v;
        }
    }

    /**
     * Saves a step, then shows the next one of the déclaration's phase (the hébergements step stays for the next
     * étape, and the staff step at 8 days for its lists); on errors the form comes back with what was typed and each error next to its field.
     */
    private String enregistrer(long id, EtapeDeclaration etape, BindingResult erreurs, Model model,
            RedirectAttributes redirection, List<Erreurs.Erreur> lecture, Runnable action) {
        if (!rejeter(lecture, erreurs)) {
            try {
                action.run();
                redirection.addFlashAttribute("succes", "sejour.enregistre");
                return "redirect:/sejours/" + id + "/" + suivante(saisie.lire(UtilisateurCourant.obtenir(), id),
                        etape).chemin();
            } catch (DeclarationInvalideException e) {
                rejeter(e.erreurs(), erreurs);
            } catch (DeclarationRefuseeException e) {
                model.addAttribute("erreur", e.cle());
            } catch (TransitionInterditeException e) {
                model.addAttribute("erreur", e.cle());
            }
        }
        return page.afficher(saisie.lire(UtilisateurCourant.obtenir(), id), etape, model);
    }

    private static EtapeDeclaration suivante(DeclarationSejour d, EtapeDeclaration etape) {
        List<EtapeDeclaration> etapes = d.etapes();
        if (etape == EtapeDeclaration.HEBERGEMENTS || etape == EtapeDeclaration.PERSONNEL && d.statut().huitJours()) {
            return etape;
        }
        return etapes.get(Math.min(etapes.indexOf(etape) + 1, etapes.size() - 1));
    }

    static boolean rejeter(List<Erreurs.Erreur> liste, BindingResult erreurs) {
        liste.forEach(e -> erreurs.rejectValue(e.champ(), e.cle()));
        return !liste.isEmpty();
    }

    @PostMapping("/{id}/informations")
    String informations(@PathVariable long id, @ModelAttribute("form") Formulaires.Informations form,
            BindingResult erreurs, Model model, RedirectAttributes redirection) {
        Saisie s = new Saisie();
        var i = form.versDomaine(s);
        return enregistrer(id, EtapeDeclaration.INFORMATIONS, erreurs, model, redirection, s.erreurs,
                () -> saisie.enregistrerInformations(UtilisateurCourant.obtenir(), id, form.version, i));
    }

    @PostMapping("/{id}/vacanciers")
    String vacanciers(@PathVariable long id, @ModelAttribute("form") Formulaires.FormVacanciers form,
            BindingResult erreurs, Model model, RedirectAttributes redirection) {
        Saisie s = new Saisie();
        Vacanciers v = form.versDomaine(s);
        return enregistrer(id, EtapeDeclaration.VACANCIERS, erreurs, model, redirection,
                s.erreurs, () -> saisie.enregistrerVacanciers(UtilisateurCourant.obtenir(), id, form.version, v));
    }

    @PostMapping("/{id}/personnel")
    String personnel(@PathVariable long id, @ModelAttribute("form") Formulaires.FormPersonnel form,
            BindingResult erreurs, Model model, RedirectAttributes redirection) {
        Saisie s = new Saisie();
        PersonnelPrevu p = form.versDomaine(s);
        return enregistrer(id, EtapeDeclaration.PERSONNEL, erreurs, model, redirection,
                s.erreurs, () -> saisie.enregistrerPersonnel(UtilisateurCourant.obtenir(), id, form.version, p));
    }

    @PostMapping("/{id}/projet")
    String projet(@PathVariable long id, @ModelAttribute("form") Formulaires.FormProjet form, BindingResult erreurs,
            Model model, RedirectAttributes redirection) {
        return enregistrer(id, EtapeDeclaration.PROJET, erreurs, model, redirection,
                List.of(), () -> saisie.enregistrerProjet(UtilisateurCourant.obtenir(), id, form.version,
                        form.versDomaine()));
    }

    @PostMapping("/{id}/hebergements")
    String ajouterEtape(@PathVariable long id, @ModelAttribute("form") Formulaires.FormEtape form,
            BindingResult erreurs, Model model, RedirectAttributes redirection) {
        Saisie s = new Saisie();
        var debut = s.date("etape.dateDebut", form.etape.dateDebut);
        var fin = s.date("etape.dateFin", form.etape.dateFin);
        UUID hebergement = uuid(form.hebergementId);
        if (hebergement == null) {
            s.erreurs.add(new Erreurs.Erreur("hebergementId", "sejour.erreur.hebergement-choix"));
        }
        return enregistrer(id, EtapeDeclaration.HEBERGEMENTS, erreurs, model, redirection, s.erreurs,
                () -> saisie.ajouterEtape(UtilisateurCourant.obtenir(), id, form.version, hebergement, debut, fin,
                        form.etape.modeTransport));
    }

    @PostMapping("/{id}/hebergements/retirer")
    String retirerEtape(@PathVariable long id, @RequestParam int version, @RequestParam int rang,
            RedirectAttributes redirection) {
        return action(id, "hebergements", redirection,
                () -> saisie.retirerEtape(UtilisateurCourant.obtenir(), id, version, rang));
    }

    @PostMapping("/{id}/hebergements/etranger")
    String etranger(@PathVariable long id, @RequestParam int version,
            @RequestParam(required = false) Boolean sejourEtranger, RedirectAttributes redirection) {
        return action(id, "synthese", redirection,
                () -> saisie.enregistrerEtranger(UtilisateurCourant.obtenir(), id, version, sejourEtranger));
    }

    private static UUID uuid(String valeur) {
        try {
            return valeur == null || valeur.isBlank() ? null : UUID.fromString(valeur.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @PostMapping("/{id}/synthese")
    String transmettre(@PathVariable long id, @ModelAttribute("form") Formulaires.FormAttestation form,
            BindingResult erreurs, Model model, RedirectAttributes redirection) {
        try {
            String numero = saisie.transmettre(UtilisateurCourant.obtenir(), id, form.version,
                    new Attestation(form.aCertifie, Saisie.net(form.nom), Saisie.net(form.prenom),
                            Saisie.net(form.qualite), null));
            redirection.addFlashAttribute("succes", "sejour.transmise");
            redirection.addFlashAttribute("numero", numero);
            return "redirect:/sejours";
        } catch (DeclarationInvalideException e) {
            List<Erreurs.Erreur> attestation = e.erreurs().stream()
                    .filter(x -> List.of("aCertifie", "nom", "prenom", "qualite").contains(x.champ())).toList();
            rejeter(attestation, erreurs);
            if (attestation.size() < e.erreurs().size()) {
                model.addAttribute("erreur", "sejour.refus.incomplete");
            }
        } catch (DeclarationRefuseeException e) {
            model.addAttribute("erreur", e.cle());
        } catch (TransitionInterditeException e) {
            model.addAttribute("erreur", e.cle());
        }
        return page.afficher(saisie.lire(UtilisateurCourant.obtenir(), id), EtapeDeclaration.SYNTHESE, model);
    }

    @PostMapping("/{id}/annuler")
    String annuler(@PathVariable long id, @RequestParam int version, RedirectAttributes redirection) {
        return action(id, "synthese", redirection,
                () -> saisie.annuler(UtilisateurCourant.obtenir(), id, version), "sejour.annulee");
    }

    @PostMapping("/{id}/supprimer")
    String supprimer(@PathVariable long id, @RequestParam int version, RedirectAttributes redirection) {
        try {
            saisie.supprimer(UtilisateurCourant.obtenir(), id, version);
            redirection.addFlashAttribute("succes", "sejour.supprimee");
        } catch (DeclarationRefuseeException e) {
            redirection.addFlashAttribute("erreur", e.cle());
        } catch (TransitionInterditeException e) {
            redirection.addFlashAttribute("erreur", e.cle());
        }
        return "redirect:/sejours";
    }

    /** A copy of the déclaration as a new draft (spec §2.8.7), opened on its first step. */
    @PostMapping("/{id}/dupliquer")
    String dupliquer(@PathVariable long id, RedirectAttributes redirection) {
        try {
            long copie = saisie.dupliquer(UtilisateurCourant.obtenir(), id);
            redirection.addFlashAttribute("succes", "sejour.dupliquee");
            return "redirect:/sejours/" + copie + "/informations";
        } catch (DeclarationRefuseeException e) {
            redirection.addFlashAttribute("erreur", e.cle());
        } catch (TransitionInterditeException e) {
            redirection.addFlashAttribute("erreur", e.cle());
        }
        return "redirect:/sejours/" + id + "/synthese";
    }

    private String action(long id, String suite, RedirectAttributes redirection, Runnable action) {
        return action(id, suite, redirection, action, "sejour.enregistre");
    }

    private String action(long id, String suite, RedirectAttributes redirection, Runnable action, String succes) {
        try {
            action.run();
            redirection.addFlashAttribute("succes", succes);
        } catch (DeclarationInvalideException e) {
            redirection.addFlashAttribute("erreur", e.erreurs().get(0).cle());
        } catch (DeclarationRefuseeException e) {
            redirection.addFlashAttribute("erreur", e.cle());
        } catch (TransitionInterditeException e) {
            redirection.addFlashAttribute("erreur", e.cle());
        }
        return "redirect:/sejours/" + id + "/" + suite;
    }
}
