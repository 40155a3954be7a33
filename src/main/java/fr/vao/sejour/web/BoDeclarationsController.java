package fr.vao.sejour.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.messagerie.OngletMessagerie;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.Csv;
import fr.vao.plateforme.web.Pagination;
import fr.vao.sejour.AccesFilsDeclaration;
import fr.vao.sejour.Action;
import fr.vao.sejour.DeclarationInvalideException;
import fr.vao.sejour.DeclarationRefuseeException;
import fr.vao.sejour.DeclarationSejour;
import fr.vao.sejour.Dossier;
import fr.vao.sejour.InstructionDeclarations;
import fr.vao.sejour.ListeAgents;
import fr.vao.sejour.Statut;
import fr.vao.sejour.TransitionInterditeException;

/**
 * The agents' déclarations (spec §2.8.4, §2.8.9): the list of their territory with its filters and counters, the
 * detail, and the actions of the instructeur principal, each on the version the agent saw.
 */
@Controller
@RequestMapping("/bo/sejours")
class BoDeclarationsController {

    static final int PAR_PAGE = 20;

    private final InstructionDeclarations instruction;
    private final OngletMessagerie messagerie;
    private final fr.vao.sejour.AlerteAgrementDeclaration alerteAgrement;

    private final OngletsEig ongletsEig;
    private final OngletsControle ongletsControle;

    BoDeclarationsController(InstructionDeclarations instruction, OngletMessagerie messagerie,
            fr.vao.sejour.AlerteAgrementDeclaration alerteAgrement, OngletsEig ongletsEig,
            OngletsControle ongletsControle) {
        this.ongletsEig = ongletsEig;
        this.ongletsControle = ongletsControle;
        this.instruction = instruction;
        this.messagerie = messagerie;
        this.alerteAgrement = alerteAgrement;
    }

    @GetMapping
    String liste(@RequestParam(required = false) String numero, @RequestParam(required = false) String libelle,
            @RequestParam(required = false) String organisme, @RequestParam(required = false) List<String> statut,
            @RequestParam(required = false) String etablissement,
            @RequestParam(defaultValue = "false") boolean aTraiter, @RequestParam(required = false) String tri,
            @RequestParam(defaultValue = "true") boolean desc, @RequestParam(required = false) String ordre,
            @RequestParam(required = false) String page, @RequestParam(required = false) String apres,
            HttpServletRequest request, Model model) {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        ListeAgents.Filtre f = filtre(numero, libelle, organisme, statut, aTraiter, etablissement);
        String cle = tri != null && ListeAgents.TRIS.containsKey(tri) ? tri : "modification";
        boolean descendant = DeclarationsController.descendant(desc, ordre);
        Pagination pagination = Pagination.de(request, page, PAR_PAGE, instruction.compter(agent, f)).triee(cle,
                descendant);
        // "Page suivante" continues after the last row shown (keyset); a page asked by its number, by its offset
        InstructionDeclarations.PageListe p = instruction.page(agent, f, cle, descendant, PAR_PAGE,
                pagination.decalage(), apres);
        model.addAttribute("lignes", p.lignes());
        model.addAttribute("pagination", pagination.avecSuivante(p.suivante()));
        model.addAttribute("filtre", f);
        model.addAttribute("statuts", List.of(Statut.values()).subList(1, Statut.values().length));
        model.addAttribute("compteurs", instruction.parStatut(agent));
        return "bo/sejours/liste";
    }

    /** The filter of the list and its CSV: one status or several (GET parameters {@code statut}). */
    private static ListeAgents.Filtre filtre(String numero, String libelle, String organisme, List<String> statut,
            boolean aTraiter, String etablissement) {
        java.util.Set<Statut> statuts = DeclarationsController.statuts(statut);
        statuts.remove(Statut.BROUILLON);
        return new ListeAgents.Filtre(Saisie.net(numero), Saisie.net(libelle), Saisie.net(organisme),
                statuts.size() == 1 ? statuts.iterator().next() : null, aTraiter,
                statuts.size() > 1 ? statuts : java.util.Set.of(), Saisie.net(etablissement));
    }

    static final List<String> ENTETES = List.of("reference", "libelle", "date_debut", "date_fin", "saison",
            "organisme", "responsable_sejour_email", "responsable_sejour_telephone", "statut", "created_at",
            "departement_instruction", "region_instruction");

    /** The CSV of spec §2.13: every déclaration of the filtered list, in its order. */
    @GetMapping("/export.csv")
    void csv(@RequestParam(required = false) String numero, @RequestParam(required = false) String libelle,
            @RequestParam(required = false) String organisme, @RequestParam(required = false) List<String> statut,
            @RequestParam(required = false) String etablissement,
            @RequestParam(defaultValue = "false") boolean aTraiter, @RequestParam(required = false) String tri,
            @RequestParam(defaultValue = "true") boolean desc, @RequestParam(required = false) String ordre,
            jakarta.servlet.http.HttpServletResponse response) {
        ListeAgents.Filtre f = filtre(numero, libelle, organisme, statut, aTraiter, etablissement);
        instruction.exporter(UtilisateurCourant.obtenir(), f, tri, DeclarationsController.descendant(desc, ordre),
                lignes -> {
            try {
                Csv.ecrire(response, "declarations-sejour.csv", ENTETES, lignes.map(l -> List.of(
                        Csv.cellule(l.numero()), Csv.cellule(l.libelle()), String.valueOf(l.debut()),
                        String.valueOf(l.fin()), Csv.cellule(l.periode()), Csv.cellule(l.organisme()),
                        Csv.cellule(l.email()), Csv.cellule(l.telephone()), l.statut().code(),
                        String.valueOf(l.creeLe().toLocalDate()), Csv.cellule(l.departement()),
                        Csv.cellule(l.region()))));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        Dossier dossier = instruction.dossier(agent, id);
        DeclarationSejour d = dossier.declaration();
        boolean instruit = instruction.instruit(agent, d);
        model.addAttribute("d", d);
        model.addAttribute("dossier", dossier);
        model.addAttribute("priseEnCharge", instruit && d.statut().permet(Action.PRENDRE_EN_CHARGE));
        model.addAttribute("decision", instruit && d.statut().permet(Action.ENREGISTRER));
        alerteAgrement.pour(d).ifPresent(a -> model.addAttribute("nonAgree", a));
        messagerie.resumer(agent, AccesFilsDeclaration.TYPE, id, model);
        ongletsEig.ajouter(agent, id, model);
        ongletsControle.ajouter(agent, id, model);
        return "bo/sejours/detail";
    }

    /** The detail with its Messagerie tab opened: the organiser's messages become read by the instructeur. */
    @GetMapping("/{id}/messagerie")
    String messagerie(@PathVariable long id, Model model) {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        instruction.lire(agent, id);
        messagerie.ouvrir(agent, AccesFilsDeclaration.TYPE, id, model);
        return detail(id, model);
    }

    /** A message of the instructeur principal (multipart: the CSRF token in the action URL, ADR 0008). */
    @PostMapping("/{id}/messagerie")
    String poster(@PathVariable long id,
            @org.springframework.web.bind.annotation.ModelAttribute("message") OngletMessagerie.FormMessage message,
            org.springframework.validation.BindingResult erreurs, Model model, RedirectAttributes redirection) {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        instruction.lire(agent, id);
        if (messagerie.poster(agent, AccesFilsDeclaration.TYPE, id, message, erreurs)) {
            redirection.addFlashAttribute("succes", "messagerie.envoye");
            return "redirect:/bo/sejours/" + id + "/messagerie#panneau-messagerie";
        }
        return messagerie(id, model);
    }

    @PostMapping("/{id}/prise-en-charge")
    String prendreEnCharge(@PathVariable long id, @RequestParam int version, RedirectAttributes redirection) {
        return agir(id, redirection, "sejour.bo.pris-en-charge",
                () -> instruction.prendreEnCharge(UtilisateurCourant.obtenir(), id, version));
    }

    @PostMapping("/{id}/complements")
    String complements(@PathVariable long id, @RequestParam int version,
            @RequestParam(required = false) String commentaire, RedirectAttributes redirection) {
        redirection.addFlashAttribute("commentaire", commentaire);
        return agir(id, redirection, "sejour.bo.complements-demandes",
                () -> instruction.demanderComplements(UtilisateurCourant.obtenir(), id, version, commentaire));
    }

    @PostMapping("/{id}/refus")
    String refuser(@PathVariable long id, @RequestParam int version,
            @RequestParam(required = false) String commentaire, RedirectAttributes redirection) {
        return agir(id, redirection, "sejour.bo.refusee",
                () -> instruction.refuser(UtilisateurCourant.obtenir(), id, version, commentaire));
    }

    @PostMapping("/{id}/enregistrement")
    String enregistrer(@PathVariable long id, @RequestParam int version, RedirectAttributes redirection) {
        return agir(id, redirection, "sejour.bo.enregistree",
                () -> instruction.enregistrer(UtilisateurCourant.obtenir(), id, version));
    }

    private static String agir(long id, RedirectAttributes redirection, String succes, Runnable action) {
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
        return "redirect:/bo/sejours/" + id;
    }
}
