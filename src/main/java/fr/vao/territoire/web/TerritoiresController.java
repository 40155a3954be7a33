package fr.vao.territoire.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.Pagination;
import fr.vao.territoire.FicheModifieeException;
import fr.vao.territoire.FicheTerritoire;
import fr.vao.territoire.FichesTerritoire;
import fr.vao.territoire.LigneTerritoire;
import fr.vao.territoire.Territoire;
import fr.vao.territoire.Territoires;

/** Territories list (every agent), fiche territoire, and its edit form (spec §2.14, rights of §1.3). */
@Controller
class TerritoiresController {

    static final int PAR_PAGE = 20;

    private final FichesTerritoire fiches;
    private final Territoires territoires;

    TerritoiresController(FichesTerritoire fiches, Territoires territoires) {
        this.fiches = fiches;
        this.territoires = territoires;
    }

    @GetMapping("/bo/territoires")
    String liste(@RequestParam(required = false) String q, @RequestParam(required = false) String niveau,
            @RequestParam(required = false) String tri, @RequestParam(required = false) String ordre,
            @RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        String texte = q == null ? null : q.strip().length() > 100 ? q.strip().substring(0, 100) : q.strip();
        String n = "NAT".equals(niveau) || "REG".equals(niveau) || "DEP".equals(niveau) ? niveau : null;
        String cle = tri != null && FichesTerritoire.TRIS.containsKey(tri) ? tri : "code";
        boolean desc = "desc".equals(ordre);
        List<LigneTerritoire> toutes = fiches.rechercher(texte, n, cle, desc);
        Pagination pagination = Pagination.de(request, page, PAR_PAGE, toutes.size()).triee(cle, desc);
        model.addAttribute("lignes", toutes.subList(pagination.decalage(),
                Math.min(toutes.size(), pagination.decalage() + PAR_PAGE)));
        model.addAttribute("total", toutes.size());
        model.addAttribute("pagination", pagination);
        model.addAttribute("q", texte);
        model.addAttribute("niveau", n);
        return "bo/territoires/liste";
    }

    @GetMapping("/bo/territoires/{code}")
    String fiche(@PathVariable String code, Model model) {
        Territoire territoire = territoire(code);
        model.addAttribute("territoire", territoire);
        model.addAttribute("parent", territoires.trouver(territoire.parentCode()).orElse(null));
        model.addAttribute("fiche", fiches.trouver(code).orElseThrow());
        model.addAttribute("modifiable", fiches.peutModifier(UtilisateurCourant.obtenir(), code));
        return "bo/territoires/fiche";
    }

    @GetMapping("/bo/territoires/{code}/modifier")
    String formulaire(@PathVariable String code, Model model) {
        Territoire territoire = territoire(code);
        exigerDroit(code);
        FicheTerritoire fiche = fiches.trouver(code).orElseThrow();
        FicheTerritoireForm form = new FicheTerritoireForm();
        form.setServiceEmail(fiche.serviceEmail());
        form.setServiceTelephone(fiche.serviceTelephone());
        form.setCorrespondantNom(fiche.correspondantNom());
        form.setCorrespondantPrenom(fiche.correspondantPrenom());
        form.setVersion(fiche.version());
        model.addAttribute("ficheTerritoireForm", form);
        model.addAttribute("territoire", territoire);
        return "bo/territoires/formulaire";
    }

    @PostMapping("/bo/territoires/{code}/modifier")
    String modifier(@PathVariable String code, @Valid @ModelAttribute("ficheTerritoireForm") FicheTerritoireForm form,
            BindingResult erreurs, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes flash) {
        Territoire territoire = territoire(code);
        exigerDroit(code);
        model.addAttribute("territoire", territoire);
        if (erreurs.hasErrors()) {
            return "bo/territoires/formulaire";
        }
        try {
            fiches.modifier(UtilisateurCourant.obtenir(), code, form.getVersion(), new FichesTerritoire.Donnees(
                    form.getServiceEmail(), form.getServiceTelephone(), form.getCorrespondantNom(),
                    form.getCorrespondantPrenom()), request.getRemoteAddr());
        } catch (FicheModifieeException e) {
            erreurs.reject("territoire.conflit");
            response.setStatus(HttpStatus.CONFLICT.value());
            form.setVersion(fiches.trouver(code).orElseThrow().version());
            return "bo/territoires/formulaire";
        }
        flash.addFlashAttribute("succes", "territoire.modifie");
        return "redirect:/bo/territoires/" + code;
    }

    private Territoire territoire(String code) {
        return territoires.trouver(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void exigerDroit(String code) {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        if (!fiches.peutModifier(agent, code)) {
            throw new AccessDeniedException("Fiche territoire hors périmètre");
        }
    }
}
