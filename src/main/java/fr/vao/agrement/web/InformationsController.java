package fr.vao.agrement.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.agrement.ListeNonAgreesException;
import fr.vao.agrement.NatureDecision;
import fr.vao.agrement.OrganismeNonAgree;
import fr.vao.agrement.OrganismesNonAgrees;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.Csv;
import fr.vao.plateforme.web.Pagination;
import fr.vao.territoire.Territoire;
import fr.vao.territoire.Territoires;

/**
 * The back office's "Informations" page (spec §2.14, ADR 0022): the organismes non agréés, for every agent, with their
 * CSV; added, changed and deleted by national agents only (enforced here and in the service).
 */
@Controller
@RequestMapping("/bo/informations")
class InformationsController {

    static final int PAR_PAGE = 20;

    static final List<String> ENTETES = List.of("siret", "nom", "region_delivrance", "nature_decision",
            "date_decision");

    private final OrganismesNonAgrees nonAgrees;
    private final Territoires territoires;
    private final org.springframework.context.MessageSource messages;

    InformationsController(OrganismesNonAgrees nonAgrees, Territoires territoires,
            org.springframework.context.MessageSource messages) {
        this.nonAgrees = nonAgrees;
        this.territoires = territoires;
        this.messages = messages;
    }

    private static String net(String s) {
        return s == null || s.isBlank() ? null : s.strip().length() > 200 ? s.strip().substring(0, 200) : s.strip();
    }

    private OrganismesNonAgrees.Filtre filtre(String nom, String siret, String region, String nature) {
        String r = net(region);
        return new OrganismesNonAgrees.Filtre(net(nom), net(siret),
                r != null && territoires.regions().stream().anyMatch(t -> t.code().equals(r)) ? r : null,
                NatureDecision.deCode(nature));
    }

    private static String cle(String tri) {
        return tri != null && OrganismesNonAgrees.TRIS.containsKey(tri) ? tri : "nom";
    }

    @GetMapping
    String liste(@RequestParam(required = false) String nom, @RequestParam(required = false) String siret,
            @RequestParam(required = false) String region, @RequestParam(required = false) String nature,
            @RequestParam(required = false) String tri, @RequestParam(required = false) String ordre,
            @RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        OrganismesNonAgrees.Filtre f = filtre(nom, siret, region, nature);
        String cle = cle(tri);
        boolean desc = "desc".equals(ordre);
        Pagination pagination = Pagination.de(request, page, PAR_PAGE, nonAgrees.compter(f)).triee(cle, desc);
        model.addAttribute("lignes", nonAgrees.page(f, cle, desc, PAR_PAGE, pagination.decalage()));
        model.addAttribute("pagination", pagination);
        model.addAttribute("filtre", f);
        model.addAttribute("regions", territoires.regions());
        model.addAttribute("natures", List.of(NatureDecision.values()));
        model.addAttribute("modifiable", OrganismesNonAgrees.peutModifier(UtilisateurCourant.obtenir()));
        return "bo/informations/liste";
    }

    /** The CSV (spec §2.13: {@code ;}), every row of the filtered list in its order. */
    @GetMapping("/organismes-non-agrees.csv")
    void csv(@RequestParam(required = false) String nom, @RequestParam(required = false) String siret,
            @RequestParam(required = false) String region, @RequestParam(required = false) String nature,
            @RequestParam(required = false) String tri, @RequestParam(required = false) String ordre,
            HttpServletResponse response) throws IOException {
        List<OrganismeNonAgree> lignes = nonAgrees.exporter(filtre(nom, siret, region, nature), cle(tri),
                "desc".equals(ordre));
        java.util.Locale fr = java.util.Locale.FRANCE;
        Csv.ecrire(response, "organismes-non-agrees.csv", ENTETES, lignes.stream()
                .map(l -> List.of(l.siret(), Csv.cellule(l.nom()), Csv.cellule(l.regionLibelle()),
                        messages.getMessage(l.natureDecision().cle(), null, fr),
                        l.dateDecision().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))));
    }

    private static void exigerNational() {
        if (!OrganismesNonAgrees.peutModifier(UtilisateurCourant.obtenir())) {
            throw new AccessDeniedException("Liste des organismes non agréés : agents nationaux seulement");
        }
    }

    private String formulaire(Model model, Long id) {
        model.addAttribute("regions", territoires.regions());
        model.addAttribute("natures", List.of(NatureDecision.values()));
        model.addAttribute("id", id);
        return "bo/informations/formulaire";
    }

    @GetMapping("/nouveau")
    String nouveau(Model model) {
        exigerNational();
        model.addAttribute("form", new FormulaireNonAgree());
        return formulaire(model, null);
    }

    @PostMapping("/nouveau")
    String ajouter(@Valid @ModelAttribute("form") FormulaireNonAgree form, BindingResult erreurs, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
        exigerNational();
        if (!verifier(form, erreurs)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return formulaire(model, null);
        }
        try {
            nonAgrees.ajouter(UtilisateurCourant.obtenir(), donnees(form), request.getRemoteAddr());
        } catch (ListeNonAgreesException e) {
            erreurs.rejectValue("siret", e.cle());
            response.setStatus(HttpStatus.CONFLICT.value());
            return formulaire(model, null);
        }
        flash.addFlashAttribute("succes", "agrement.non-agree.ajoute");
        return "redirect:/bo/informations";
    }

    private OrganismeNonAgree ligne(long id) {
        return nonAgrees.trouver(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/{id}/modifier")
    String edition(@PathVariable long id, Model model) {
        exigerNational();
        OrganismeNonAgree l = ligne(id);
        FormulaireNonAgree form = new FormulaireNonAgree();
        form.setSiret(l.siret());
        form.setNom(l.nom());
        form.setRegionDelivrance(l.regionDelivrance());
        form.setNatureDecision(l.natureDecision().name());
        form.setDateDecision(l.dateDecision());
        form.setVersion(l.version());
        model.addAttribute("form", form);
        return formulaire(model, id);
    }

    @PostMapping("/{id}/modifier")
    String modifier(@PathVariable long id, @Valid @ModelAttribute("form") FormulaireNonAgree form,
            BindingResult erreurs, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes flash) {
        exigerNational();
        ligne(id);
        if (form.getVersion() == null) {
            erreurs.reject(ListeNonAgreesException.CONFLIT);
        }
        if (!verifier(form, erreurs)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return formulaire(model, id);
        }
        try {
            nonAgrees.modifier(UtilisateurCourant.obtenir(), id, form.getVersion(), donnees(form),
                    request.getRemoteAddr());
        } catch (ListeNonAgreesException e) {
            if (ListeNonAgreesException.SIRET_EXISTANT.equals(e.cle())) {
                erreurs.rejectValue("siret", e.cle());
            } else {
                erreurs.reject(e.cle());
                form.setVersion(ligne(id).version());
            }
            response.setStatus(HttpStatus.CONFLICT.value());
            return formulaire(model, id);
        }
        flash.addFlashAttribute("succes", "agrement.non-agree.modifie");
        return "redirect:/bo/informations";
    }

    @PostMapping("/{id}/suppression")
    String supprimer(@PathVariable long id, @RequestParam int version, HttpServletRequest request,
            RedirectAttributes flash) {
        exigerNational();
        ligne(id);
        try {
            nonAgrees.supprimer(UtilisateurCourant.obtenir(), id, version, request.getRemoteAddr());
            flash.addFlashAttribute("succes", "agrement.non-agree.supprime");
        } catch (ListeNonAgreesException e) {
            flash.addFlashAttribute("erreur", e.cle());
        }
        return "redirect:/bo/informations";
    }

    /** The rules bean validation does not say: the SIRET's checksum, a known region and nature. */
    private boolean verifier(FormulaireNonAgree form, BindingResult erreurs) {
        if (!erreurs.hasFieldErrors("siret") && !FormulaireNonAgree.siretValide(form.getSiret())) {
            erreurs.rejectValue("siret", "agrement.non-agree.erreur.siret");
        }
        if (!erreurs.hasFieldErrors("regionDelivrance") && territoires.regions().stream().map(Territoire::code)
                .noneMatch(c -> c.equals(form.getRegionDelivrance()))) {
            erreurs.rejectValue("regionDelivrance", "agrement.non-agree.erreur.region");
        }
        if (!erreurs.hasFieldErrors("natureDecision") && NatureDecision.deCode(form.getNatureDecision()) == null) {
            erreurs.rejectValue("natureDecision", "agrement.non-agree.erreur.nature");
        }
        return !erreurs.hasErrors();
    }

    private static OrganismesNonAgrees.Donnees donnees(FormulaireNonAgree f) {
        return new OrganismesNonAgrees.Donnees(f.getSiret(), f.getNom(), f.getRegionDelivrance(),
                NatureDecision.deCode(f.getNatureDecision()), f.getDateDecision());
    }
}
