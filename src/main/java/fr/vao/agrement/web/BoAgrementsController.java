package fr.vao.agrement.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.agrement.AccesFilsAgrement;
import fr.vao.agrement.AgrementModifieException;
import fr.vao.agrement.AgrementRefuseException;
import fr.vao.agrement.CycleAgrement;
import fr.vao.agrement.DemandeAgrement;
import fr.vao.agrement.DossiersAgrement;
import fr.vao.agrement.FiltreAgrements;
import fr.vao.agrement.InstructionAgrements.Piece;
import fr.vao.agrement.InstructionAgrements;
import fr.vao.agrement.LigneAgrement;
import fr.vao.agrement.StatutAgrement;
import fr.vao.agrement.TransitionAgrementInterditeException;
import fr.vao.document.Depot;
import fr.vao.document.DocumentRefuseException;
import fr.vao.document.DocumentStocke;
import fr.vao.document.Documents;
import fr.vao.messagerie.OngletMessagerie;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.Csv;
import fr.vao.plateforme.web.Pagination;

/**
 * The DREETS's agrément pages (spec §2.6; ADR 0027): the list of its région with filters, counters, sort,
 * pagination and CSV; the detail with its tabs (dossier, documents, historique, messagerie) and the timer; the
 * actions of the instruction, each on the version the agent saw, its document uploaded with it (multipart: the
 * CSRF token in the action URL, ADR 0008). Who may see and act is decided by {@link InstructionAgrements}.
 */
@Controller
@RequestMapping("/bo/agrements")
class BoAgrementsController {

    static final int PAR_PAGE = 20;
    static final List<String> ENTETES = List.of("numero", "statut", "date_depot", "date_obtention",
            "date_fin_validite", "region_obtention", "organisme", "siret");
    private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

    private final InstructionAgrements instruction;
    private final CycleAgrement cycle;
    private final DossiersAgrement dossiers;
    private final Documents documents;
    private final OngletMessagerie messagerie;
    private final java.time.Clock horloge;

    BoAgrementsController(InstructionAgrements instruction, CycleAgrement cycle, DossiersAgrement dossiers,
            Documents documents, OngletMessagerie messagerie, java.time.Clock horloge) {
        this.instruction = instruction;
        this.cycle = cycle;
        this.dossiers = dossiers;
        this.documents = documents;
        this.messagerie = messagerie;
        this.horloge = horloge;
    }

    static FiltreAgrements filtre(String nom, String siret, String numero, List<String> statut) {
        Set<StatutAgrement> statuts = EnumSet.noneOf(StatutAgrement.class);
        if (statut != null) {
            for (String s : statut) {
                try {
                    statuts.add(StatutAgrement.valueOf(s.strip()));
                } catch (IllegalArgumentException e) {
                    // an unknown status in the URL is ignored
                }
            }
        }
        statuts.remove(StatutAgrement.BROUILLON);
        return new FiltreAgrements(net(nom), net(siret), net(numero), statuts);
    }

    private static String net(String texte) {
        return texte == null || texte.isBlank() ? null : texte.strip();
    }

    /** The sort of the list: a known column, ascending with "ordre=asc", else descending (newest dépôt first). */
    private static String tri(String tri) {
        return tri != null && List.of("nom", "siret", "statut", "depot", "numero").contains(tri) ? tri : "depot";
    }

    @GetMapping
    String liste(@RequestParam(required = false) String nom, @RequestParam(required = false) String siret,
            @RequestParam(required = false) String numero, @RequestParam(required = false) List<String> statut,
            @RequestParam(required = false) String tri, @RequestParam(required = false) String ordre,
            @RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        FiltreAgrements f = filtre(nom, siret, numero, statut);
        String cle = tri(tri);
        boolean desc = !"asc".equals(ordre);
        Pagination pagination = Pagination.de(request, page, PAR_PAGE, instruction.compter(agent, f)).triee(cle,
                desc);
        model.addAttribute("lignes", instruction.page(agent, f, cle, desc, PAR_PAGE, pagination.decalage()));
        model.addAttribute("pagination", pagination);
        model.addAttribute("filtre", f);
        model.addAttribute("statuts", List.of(StatutAgrement.values()).subList(1, StatutAgrement.values().length));
        model.addAttribute("compteurs", instruction.parStatut(agent));
        model.addAttribute("nonLus", instruction.messagesNonLus(agent));
        model.addAttribute("national", agent.estNational());
        return "bo/agrements/liste";
    }

    /** The CSV of spec §2.13: every agrément of the filtered list, in its order. */
    @GetMapping("/export.csv")
    void csv(@RequestParam(required = false) String nom, @RequestParam(required = false) String siret,
            @RequestParam(required = false) String numero, @RequestParam(required = false) List<String> statut,
            @RequestParam(required = false) String tri, @RequestParam(required = false) String ordre,
            HttpServletResponse response) {
        instruction.exporter(UtilisateurCourant.obtenir(), filtre(nom, siret, numero, statut), tri(tri),
                !"asc".equals(ordre), lignes -> {
                    try {
                        Csv.ecrire(response, "agrements.csv", ENTETES, lignes.map(BoAgrementsController::cellules));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    private static List<?> cellules(LigneAgrement l) {
        return List.of(Csv.cellule(l.numero()), l.statut().name(), date(l.dateDepot()), date(l.dateObtention()),
                date(l.dateFinValidite()), Csv.cellule(l.regionObtention()), Csv.cellule(l.organisme()),
                Csv.cellule(l.siret()));
    }

    private static String date(java.time.LocalDate d) {
        return d == null ? "" : d.toString();
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        DemandeAgrement a = instruction.lire(agent, id);
        boolean instruit = InstructionAgrements.instruit(agent, a);
        model.addAttribute("a", a);
        model.addAttribute("nom", instruction.nomOrganisme(id));
        model.addAttribute("dossier", dossiers.lire(id).orElse(null));
        model.addAttribute("documents", instruction.documents(agent, id));
        model.addAttribute("documentsBo", true);
        model.addAttribute("historique", cycle.historique(id));
        model.addAttribute("delai", cycle.delai(id).orElse(null));
        model.addAttribute("aujourdhui", java.time.LocalDate.now(horloge.withZone(PARIS)));
        model.addAttribute("instruit", instruit);
        model.addAttribute("actions", instruit ? actions(a.statut()) : Set.of());
        messagerie.resumer(agent, AccesFilsAgrement.TYPE, id, model);
        return "bo/agrements/detail";
    }

    /** The actions this status allows the DREETS, by name (the forms the detail shows). */
    private static Set<String> actions(StatutAgrement s) {
        Set<String> noms = new java.util.HashSet<>();
        if (s.suivant(fr.vao.agrement.ActionAgrement.PRENDRE_EN_CHARGE).isPresent()) {
            noms.add("PRISE_EN_CHARGE");
        }
        for (Piece p : Piece.values()) {
            if (s.suivant(p.action()).isPresent()) {
                noms.add(p.name());
            }
        }
        return noms;
    }

    @GetMapping("/{id}/messagerie")
    String ouvrirMessagerie(@PathVariable long id, Model model) {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        instruction.lire(agent, id);
        messagerie.ouvrir(agent, AccesFilsAgrement.TYPE, id, model);
        return detail(id, model);
    }

    @PostMapping("/{id}/messagerie")
    String poster(@PathVariable long id, @ModelAttribute("message") OngletMessagerie.FormMessage message,
            BindingResult erreurs, Model model, RedirectAttributes redirection) {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        instruction.lire(agent, id);
        if (messagerie.poster(agent, AccesFilsAgrement.TYPE, id, message, erreurs)) {
            redirection.addFlashAttribute("succes", "messagerie.envoye");
            return "redirect:/bo/agrements/" + id + "/messagerie#panneau-messagerie";
        }
        return ouvrirMessagerie(id, model);
    }

    @PostMapping("/{id}/prise-en-charge")
    String prendreEnCharge(@PathVariable long id, @RequestParam int version, RedirectAttributes redirection) {
        String cible = "redirect:/bo/agrements/" + id;
        try {
            instruction.prendreEnCharge(UtilisateurCourant.obtenir(), id, version);
            redirection.addFlashAttribute("succes", "instruction-agrement.prise-en-charge.faite");
        } catch (AgrementModifieException e) {
            redirection.addFlashAttribute("erreur", e.cle());
        } catch (TransitionAgrementInterditeException e) {
            redirection.addFlashAttribute("erreur", "agrement.modifie-entre-temps");
        }
        return cible;
    }

    @PostMapping("/{id}/complements")
    String complements(@PathVariable long id, @RequestParam int version,
            @RequestParam(required = false) String commentaire, @RequestParam(required = false) MultipartFile fichier,
            RedirectAttributes redirection) {
        return decider(id, version, Piece.COMPLEMENTS, commentaire, null, fichier, redirection);
    }

    @PostMapping("/{id}/completude")
    String completude(@PathVariable long id, @RequestParam int version,
            @RequestParam(required = false) MultipartFile fichier, RedirectAttributes redirection) {
        return decider(id, version, Piece.COMPLETUDE, null, null, fichier, redirection);
    }

    @PostMapping("/{id}/corrections")
    String corrections(@PathVariable long id, @RequestParam int version,
            @RequestParam(required = false) String commentaire, @RequestParam(required = false) MultipartFile fichier,
            RedirectAttributes redirection) {
        return decider(id, version, Piece.CORRECTIONS, commentaire, null, fichier, redirection);
    }

    @PostMapping("/{id}/refus")
    String refus(@PathVariable long id, @RequestParam int version,
            @RequestParam(required = false) String commentaire, @RequestParam(required = false) MultipartFile fichier,
            RedirectAttributes redirection) {
        return decider(id, version, Piece.REFUS, commentaire, null, fichier, redirection);
    }

    @PostMapping("/{id}/validation")
    String validation(@PathVariable long id, @RequestParam int version,
            @RequestParam(required = false) String numero, @RequestParam(required = false) MultipartFile fichier,
            RedirectAttributes redirection) {
        return decider(id, version, Piece.VALIDATION, null, numero, fichier, redirection);
    }

    /**
     * One decision: its rules are checked before its file is stored, then the file, then the transition; a
     * refusal comes back to the detail with its message and what was typed.
     */
    private String decider(long id, int version, Piece piece, String commentaire, String numero,
            MultipartFile fichier, RedirectAttributes redirection) {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        DemandeAgrement a = instruction.lire(agent, id);
        if (!InstructionAgrements.instruit(agent, a)) {
            throw new org.springframework.security.access.AccessDeniedException("Lecture seule");
        }
        String redirection404 = "redirect:/bo/agrements/" + id;
        String cle = InstructionAgrements.refus(piece, commentaire, numero);
        boolean avecFichier = fichier != null && !fichier.isEmpty();
        if (cle == null && !avecFichier && piece.obligatoire()) {
            cle = "instruction-agrement.erreur.document." + piece.name();
        }
        DocumentStocke document = null;
        if (cle == null && avecFichier) {
            try {
                document = documents.deposer(new Depot(fichier.getOriginalFilename(), fichier.getBytes(),
                        piece.categorie(), agent));
            } catch (DocumentRefuseException e) {
                cle = e.motif().cle();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        if (cle == null) {
            try {
                instruction.decider(agent, id, version, piece, commentaire, numero, document);
                redirection.addFlashAttribute("succes", "instruction-agrement." + piece.name().toLowerCase()
                        + ".faite");
                return redirection404;
            } catch (AgrementModifieException e) {
                cle = e.cle();
            } catch (TransitionAgrementInterditeException e) {
                cle = "agrement.modifie-entre-temps";
            } catch (AgrementRefuseException e) {
                cle = e.cle();
            }
        }
        redirection.addFlashAttribute("erreur", cle);
        redirection.addFlashAttribute("actionEnErreur", piece.name());
        redirection.addFlashAttribute("champEnErreur", cle.contains("commentaire") ? "commentaire"
                : cle.contains("numero") ? "numero" : cle.startsWith("agrement.") ? null : "fichier");
        redirection.addFlashAttribute("commentaire", commentaire);
        redirection.addFlashAttribute("numeroSaisi", numero);
        return redirection404 + "#action-" + piece.name().toLowerCase();
    }
}
