package fr.vao.eig.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.document.Categorie;
import fr.vao.document.DocumentStocke;
import fr.vao.document.Documents;
import fr.vao.document.Depot;
import fr.vao.document.DocumentRefuseException;
import fr.vao.eig.Eig;
import fr.vao.eig.EigInvalideException;
import fr.vao.eig.EigRefuseException;
import fr.vao.eig.ErreurEig;
import fr.vao.eig.FiltreEig;
import fr.vao.eig.Personne;
import fr.vao.eig.SaisieEig;
import fr.vao.eig.StatutEig;
import fr.vao.eig.TypeChoisi;
import fr.vao.eig.TypeEvenement;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.Csv;
import fr.vao.plateforme.web.Pagination;
import fr.vao.sejour.DeclarationsPourEig;

/** The organiser's EIG pages (spec §2.9): the list, the 4 steps of a draft, its deletion, the read-only detail. */
@Controller
@RequestMapping("/eig")
class EigController {

    static final int TAILLE_PAGE = 20;

    private final SaisieEig saisie;
    private final Documents documents;

    EigController(SaisieEig saisie, Documents documents) {
        this.saisie = saisie;
        this.documents = documents;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    static FiltreEig filtre(String numero, String sejour, String organisme, String departement, List<String> type,
            List<String> statut, String du, String au) {
        List<StatutEig> statuts = new ArrayList<>();
        for (String s : statut == null ? List.<String>of() : statut) {
            try {
                statuts.add(StatutEig.valueOf(s));
            } catch (IllegalArgumentException e) {
                // an unknown status filters nothing
            }
        }
        return new FiltreEig(numero, sejour, organisme, departement, type, statuts, date(du), date(au));
    }

    static LocalDate date(String texte) {
        try {
            return texte == null || texte.isBlank() ? null : LocalDate.parse(texte.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @GetMapping
    String liste(@RequestParam(required = false) String numero, @RequestParam(required = false) String sejour,
            @RequestParam(required = false) List<String> type, @RequestParam(required = false) List<String> statut,
            @RequestParam(required = false) String du, @RequestParam(required = false) String au,
            @RequestParam(required = false) String tri, @RequestParam(required = false) String ordre,
            @RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        FiltreEig f = filtre(numero, sejour, null, null, type, statut, du, au);
        String t = tri;
        boolean desc = !"asc".equals(ordre);
        long total = saisie.liste(u, f, t, desc, 1, 0).total();
        Pagination p = Pagination.de(request, page, TAILLE_PAGE, total).triee(t == null ? "modifie" : t, desc);
        model.addAttribute("lignes", saisie.liste(u, f, t, desc, TAILLE_PAGE, p.decalage()).lignes());
        model.addAttribute("pagination", p);
        model.addAttribute("filtre", f);
        model.addAttribute("catalogue", saisie.catalogue().values());
        model.addAttribute("statuts", StatutEig.values());
        model.addAttribute("redacteur", saisie.redacteur(u));
        return "eig/liste";
    }

    @GetMapping("/export.csv")
    void csv(@RequestParam(required = false) String numero, @RequestParam(required = false) String sejour,
            @RequestParam(required = false) List<String> type, @RequestParam(required = false) List<String> statut,
            @RequestParam(required = false) String du, @RequestParam(required = false) String au,
            @RequestParam(required = false) String tri, @RequestParam(required = false) String ordre,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        FiltreEig f = filtre(numero, sejour, null, null, type, statut, du, au);
        Csv.ecrire(response, "eig.csv", BoEigController.ENTETES_CSV, saisie.liste(u, f, tri, !"asc".equals(ordre),
                10_000, 0).lignes().stream().map(BoEigController::ligneCsv));
    }

    // ---- step 1 ----

    @GetMapping("/nouveau")
    String nouveau(@RequestParam(required = false) String recherche,
            @RequestParam(required = false) Long declaration, Model model) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        FormulairesEig.Selection f = new FormulairesEig.Selection();
        f.declarationId = declaration;
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", f);
        }
        return selection(u, null, recherche, declaration, model);
    }

    private String selection(UtilisateurConnecte u, SaisieEig.Vue vue, String recherche, Long declaration,
            Model model) {
        List<DeclarationsPourEig.Sejour> eligibles = saisie.eligibles(u, recherche);
        model.addAttribute("eligibles", eligibles);
        model.addAttribute("recherche", recherche);
        DeclarationsPourEig.Sejour choisi = eligibles.stream().filter(s -> declaration != null
                && s.id() == declaration).findFirst().orElse(vue == null ? null : vue.sejour());
        model.addAttribute("choisi", choisi);
        model.addAttribute("vue", vue);
        model.addAttribute("etape", 1);
        return "eig/etape";
    }

    @PostMapping("/nouveau")
    String creer(@ModelAttribute("form") FormulairesEig.Selection f, BindingResult erreurs, Model model) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        try {
            long id = saisie.creer(u, f.declarationId == null ? -1 : f.declarationId, net(f.departement),
                    date(f.dateIncident));
            return "redirect:/eig/" + id + "/types";
        } catch (EigInvalideException e) {
            rejeter(erreurs, e);
            return selection(u, null, null, f.declarationId, model);
        } catch (EigRefuseException e) {
            model.addAttribute("erreur", e.cle());
            return selection(u, null, null, null, model);
        }
    }

    @GetMapping("/{id}/selection")
    String selection(@PathVariable long id, @RequestParam(required = false) String recherche,
            @RequestParam(required = false) Long declaration, Model model) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        SaisieEig.Vue v = brouillon(u, id);
        if (!model.containsAttribute("form")) {
            FormulairesEig.Selection f = new FormulairesEig.Selection();
            f.version = v.eig().version();
            f.declarationId = declaration == null ? v.eig().declarationId() : declaration;
            f.departement = v.eig().departement();
            f.dateIncident = v.eig().dateIncident().toString();
            model.addAttribute("form", f);
        }
        return selection(u, v, recherche, declaration == null ? v.eig().declarationId() : declaration, model);
    }

    @PostMapping("/{id}/selection")
    String enregistrerSelection(@PathVariable long id, @ModelAttribute("form") FormulairesEig.Selection f,
            BindingResult erreurs, Model model, RedirectAttributes redirection) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        try {
            saisie.enregistrerSelection(u, id, f.version == null ? -1 : f.version,
                    f.declarationId == null ? -1 : f.declarationId, net(f.departement), date(f.dateIncident));
            return "redirect:/eig/" + id + "/types";
        } catch (EigInvalideException e) {
            rejeter(erreurs, e);
            return selection(u, brouillon(u, id), null, f.declarationId, model);
        } catch (EigRefuseException e) {
            redirection.addFlashAttribute("erreur", e.cle());
            return "redirect:/eig/" + id + "/selection";
        }
    }

    // ---- step 2 ----

    @GetMapping("/{id}/types")
    String types(@PathVariable long id, Model model) {
        SaisieEig.Vue v = brouillon(UtilisateurCourant.obtenir(), id);
        if (!model.containsAttribute("form")) {
            FormulairesEig.Types f = new FormulairesEig.Types();
            f.version = v.eig().version();
            Map<String, TypeEvenement> c = saisie.catalogue();
            for (TypeChoisi t : v.eig().types()) {
                f.types.add(t.code());
                TypeEvenement type = c.get(t.code());
                if (type != null && type.autre()) {
                    switch (Eig.champPrecision(type.categorie())) {
                        case "precisionVictimes" -> f.precisionVictimes = t.precision();
                        case "precisionSante" -> f.precisionSante = t.precision();
                        case "precisionSecurite" -> f.precisionSecurite = t.precision();
                        default -> f.precisionFonctionnement = t.precision();
                    }
                }
            }
            model.addAttribute("form", f);
        }
        return page(v, 2, model);
    }

    @PostMapping("/{id}/types")
    String enregistrerTypes(@PathVariable long id, @ModelAttribute("form") FormulairesEig.Types f,
            BindingResult erreurs, Model model, RedirectAttributes redirection) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        Map<String, TypeEvenement> c = saisie.catalogue();
        List<TypeChoisi> types = new ArrayList<>();
        for (String code : f.types) {
            TypeEvenement t = c.get(code);
            String precision = null;
            if (t != null && t.autre()) {
                precision = net(switch (Eig.champPrecision(t.categorie())) {
                    case "precisionVictimes" -> f.precisionVictimes;
                    case "precisionSante" -> f.precisionSante;
                    case "precisionSecurite" -> f.precisionSecurite;
                    default -> f.precisionFonctionnement;
                });
            }
            types.add(new TypeChoisi(code, precision));
        }
        return enregistrer(id, erreurs, model, redirection, "renseignements",
                () -> saisie.enregistrerTypes(u, id, f.version, types), 2);
    }

    // ---- step 3 ----

    @GetMapping("/{id}/renseignements")
    String renseignements(@PathVariable long id, Model model) {
        SaisieEig.Vue v = brouillon(UtilisateurCourant.obtenir(), id);
        if (!model.containsAttribute("form")) {
            FormulairesEig.Renseignements f = new FormulairesEig.Renseignements();
            f.version = v.eig().version();
            for (int i = 0; i < v.eig().personnel().size(); i++) {
                f.gardes.add(i);
            }
            f.deroulement = v.eig().deroulement();
            f.dispositionRemediation = v.eig().dispositionRemediation();
            f.dispositionVictimes = v.eig().dispositionVictimes();
            f.dispositionInformations = v.eig().dispositionInformations();
            model.addAttribute("form", f);
        }
        return page(v, 3, model);
    }

    @PostMapping("/{id}/renseignements")
    String enregistrerRenseignements(@PathVariable long id, @ModelAttribute("form") FormulairesEig.Renseignements f,
            BindingResult erreurs, Model model, RedirectAttributes redirection) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        SaisieEig.Vue v = brouillon(u, id);
        List<Personne> personnel = new ArrayList<>();
        for (Integer i : f.gardes) {
            if (i != null && i >= 0 && i < v.eig().personnel().size()) {
                personnel.add(v.eig().personnel().get(i));
            }
        }
        List<DeclarationsPourEig.Membre> equipe = v.sejour().equipe();
        for (Integer i : f.membres) {
            if (i != null && i >= 0 && i < equipe.size()) {
                DeclarationsPourEig.Membre m = equipe.get(i);
                Personne p = new Personne(m.nom(), m.prenom(), m.dateNaissance(), m.competence(), m.fonctions(),
                        m.telephone());
                if (!personnel.contains(p)) {
                    personnel.add(p);
                }
            }
        }
        if (net(f.nom) != null || net(f.prenom) != null) {
            personnel.add(new Personne(net(f.nom), net(f.prenom), date(f.dateNaissance), net(f.competence),
                    f.fonctions == null || f.fonctions.isBlank() ? java.util.Set.of()
                            : java.util.Set.of(f.fonctions.strip()), net(f.telephone)));
        }
        return enregistrer(id, erreurs, model, redirection, "recapitulatif",
                () -> saisie.enregistrerRenseignements(u, id, f.version, personnel, net(f.deroulement),
                        net(f.dispositionRemediation), net(f.dispositionVictimes), net(f.dispositionInformations)),
                3);
    }

    // ---- step 4 and the detail ----

    @GetMapping("/{id}/recapitulatif")
    String recapitulatif(@PathVariable long id, Model model) {
        SaisieEig.Vue v = brouillon(UtilisateurCourant.obtenir(), id);
        if (!model.containsAttribute("form")) {
            FormulairesEig.Recapitulatif f = new FormulairesEig.Recapitulatif();
            f.version = v.eig().version();
            f.emailsAutres = String.join("\n", v.eig().emailsAutres());
            model.addAttribute("form", f);
        }
        return page(v, 4, model);
    }

    /** The other recipients and the file (multipart: the CSRF token in the action URL, ADR 0008). */
    @PostMapping("/{id}/recapitulatif")
    String enregistrerRecapitulatif(@PathVariable long id, @ModelAttribute("form") FormulairesEig.Recapitulatif f,
            BindingResult erreurs, @RequestParam(name = "piece", required = false) MultipartFile piece, Model model,
            RedirectAttributes redirection) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        java.util.UUID fichier = null;
        if (piece != null && !piece.isEmpty()) {
            java.util.Optional<DocumentStocke> d = java.util.Optional.empty();
            try {
                byte[] octets = piece.getBytes();
                if (octets.length < 5 || !"%PDF-".equals(new String(octets, 0, 5,
                        java.nio.charset.StandardCharsets.US_ASCII))) {
                    // not a PDF: refused before it is stored (the document module checks the content again)
                    erreurs.rejectValue("fichier", "eig.erreur.fichier-pdf");
                    return page(brouillon(u, id), 4, model);
                }
                d = java.util.Optional.of(documents.deposer(new Depot(piece.getOriginalFilename(), octets,
                        Categorie.EIG, u)));
            } catch (DocumentRefuseException e) {
                erreurs.rejectValue("fichier", e.motif().cle());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (d.isPresent() && !"application/pdf".equals(d.get().typeMime())) {
                erreurs.rejectValue("fichier", "eig.erreur.fichier-pdf");
            } else if (d.isPresent()) {
                fichier = d.get().id();
            }
            if (erreurs.hasErrors()) {
                return page(brouillon(u, id), 4, model);
            }
        }
        java.util.UUID choisi = fichier;
        String r = enregistrer(id, erreurs, model, redirection, "recapitulatif",
                () -> saisie.enregistrerRecapitulatif(u, id, f.version,
                        List.of(f.emailsAutres == null ? "" : f.emailsAutres), choisi), 4);
        if (choisi != null && !erreurs.hasErrors()) {
            documents.rattacher(choisi, AccesDocumentsEig.TYPE, id, u);
        }
        if (!erreurs.hasErrors()) {
            redirection.addFlashAttribute("succes", "eig.enregistre");
        }
        return r;
    }

    @PostMapping("/{id}/transmettre")
    String transmettre(@PathVariable long id, @ModelAttribute("form") FormulairesEig.Recapitulatif f,
            BindingResult erreurs, Model model, RedirectAttributes redirection) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        try {
            saisie.transmettre(u, id, f.version, f.atteste);
            redirection.addFlashAttribute("succes", "eig.transmis");
            return "redirect:/eig";
        } catch (EigInvalideException e) {
            rejeter(erreurs, e);
            return page(brouillon(u, id), 4, model);
        } catch (EigRefuseException e) {
            redirection.addFlashAttribute("erreur", e.cle());
            return "redirect:/eig/" + id;
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        SaisieEig.Vue v = saisie.lire(u, id);
        if (v.modifiable()) {
            return "redirect:/eig/" + id + "/recapitulatif";
        }
        model.addAttribute("vue", v);
        model.addAttribute("types", libelles(v.eig()));
        model.addAttribute("documents", documents.rattaches(AccesDocumentsEig.TYPE, id));
        return "eig/detail";
    }

    @GetMapping("/{id}/suppression")
    String suppression(@PathVariable long id, Model model) {
        model.addAttribute("vue", brouillon(UtilisateurCourant.obtenir(), id));
        return "eig/suppression";
    }

    @PostMapping("/{id}/suppression")
    String supprimer(@PathVariable long id, @RequestParam int version, RedirectAttributes redirection) {
        try {
            saisie.supprimer(UtilisateurCourant.obtenir(), id, version);
            redirection.addFlashAttribute("succes", "eig.supprime");
        } catch (EigRefuseException e) {
            redirection.addFlashAttribute("erreur", e.cle());
        }
        return "redirect:/eig";
    }

    // ---- shared ----

    private SaisieEig.Vue brouillon(UtilisateurConnecte u, long id) {
        SaisieEig.Vue v = saisie.lire(u, id);
        if (!v.modifiable()) {
            throw new fr.vao.eig.EigInterditException();
        }
        return v;
    }

    private List<String> libelles(Eig e) {
        Map<String, TypeEvenement> c = saisie.catalogue();
        return e.types().stream().map(t -> {
            TypeEvenement type = c.get(t.code());
            String l = type == null ? t.code() : type.libelle();
            return t.precision() == null ? l : l + " : " + t.precision();
        }).toList();
    }

    private String page(SaisieEig.Vue v, int etape, Model model) {
        model.addAttribute("vue", v);
        model.addAttribute("etape", etape);
        model.addAttribute("catalogue", saisie.catalogue());
        model.addAttribute("categories", TypeEvenement.CATEGORIES);
        if (etape == 4) {
            model.addAttribute("types", libelles(v.eig()));
            model.addAttribute("destinataires", saisie.destinataires(v));
            model.addAttribute("erreursEtapes", v.eig().erreurs(v.sejour(), saisie.catalogue()).stream()
                    .map(ErreurEig::champ).toList());
            model.addAttribute("documents", documents.rattaches(AccesDocumentsEig.TYPE, v.eig().id()));
        }
        return "eig/etape";
    }

    private String enregistrer(long id, BindingResult erreurs, Model model, RedirectAttributes redirection,
            String suivante, Runnable action, int etape) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        try {
            action.run();
            return "redirect:/eig/" + id + "/" + suivante;
        } catch (EigInvalideException e) {
            rejeter(erreurs, e);
            return page(brouillon(u, id), etape, model);
        } catch (EigRefuseException e) {
            redirection.addFlashAttribute("erreur", e.cle());
            return "redirect:/eig/" + id;
        }
    }

    static void rejeter(BindingResult erreurs, EigInvalideException e) {
        for (ErreurEig x : e.erreurs()) {
            try {
                if (!erreurs.hasFieldErrors(x.champ())) {
                    erreurs.rejectValue(x.champ(), x.cle());
                }
            } catch (org.springframework.beans.NotReadablePropertyException ex) {
                // an error of another step (the récapitulatif's submission): shown in the summary
                erreurs.reject(x.cle());
            }
        }
    }

    static String net(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
