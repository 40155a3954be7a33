package fr.vao.api.web;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.api.GestionJetonsApi;
import fr.vao.api.GestionJetonsApi.Creation;
import fr.vao.api.GestionJetonsApi.JetonAffiche;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;

/**
 * "Mon compte" > "Jetons d'API" of the organiser portal (spec §2.2 item 11, ADR 0033): the list, the creation (the
 * token shown once, on the answer to the form, never stored), the revocation after a confirmation. Only for a
 * validated organiser; another user's token is not found.
 */
@Controller
@RequestMapping("/mon-compte/jetons-api")
class JetonsApiController {

    static final List<String> VALIDITES = List.of("30", "90", "180", "365");

    private final GestionJetonsApi gestion;

    JetonsApiController(GestionJetonsApi gestion) {
        this.gestion = gestion;
    }

    @GetMapping
    String liste(Model model) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        if (!gestion.autorise(u)) {
            model.addAttribute("nonValide", true); // an account awaiting validation: told why, no form
            return "api/jetons";
        }
        model.addAttribute("creation", new CreationJetonForm());
        return liste(u, model);
    }

    @PostMapping
    String creer(@Valid @ModelAttribute("creation") CreationJetonForm form, BindingResult erreurs, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        UtilisateurConnecte u = utilisateur();
        if (erreurs.hasErrors()) {
            return liste(u, model);
        }
        Creation creation = gestion.creer(u, form.getLibelle(), Duration.ofDays(Long.parseLong(form.getValidite())),
                request.getRemoteAddr());
        if (creation.refus() != null) {
            erreurs.reject("jetonsapi.refus." + creation.refus(), new Object[] {gestion.maximumActifs()}, null);
            return liste(u, model);
        }
        // shown once: this answer must not stay in a cache
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("jeton", creation.jeton().jeton());
        model.addAttribute("libelle", form.getLibelle().strip());
        model.addAttribute("expireLe", creation.jeton().expireLe().atOffset(ZoneOffset.UTC));
        return "api/jeton-cree";
    }

    @GetMapping("/{jti}/revocation")
    String confirmation(@PathVariable UUID jti, Model model) {
        JetonAffiche jeton = gestion.trouver(utilisateur(), jti).filter(JetonAffiche::actif)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("jeton", jeton);
        return "api/jeton-revocation";
    }

    @PostMapping("/{jti}/revocation")
    String revoquer(@PathVariable UUID jti, HttpServletRequest request, RedirectAttributes flash) {
        if (!gestion.revoquer(utilisateur(), jti, request.getRemoteAddr())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        flash.addFlashAttribute("succes", "jetonsapi.revoque");
        return "redirect:/mon-compte/jetons-api";
    }

    private String liste(UtilisateurConnecte u, Model model) {
        model.addAttribute("jetons", gestion.lister(u));
        model.addAttribute("validites", VALIDITES);
        model.addAttribute("maximum", gestion.maximumActifs());
        return "api/jetons";
    }

    /** The logged-in organiser, if their account is validated (an account awaiting validation has no token). */
    private UtilisateurConnecte utilisateur() {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        if (!gestion.autorise(u)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return u;
    }
}
