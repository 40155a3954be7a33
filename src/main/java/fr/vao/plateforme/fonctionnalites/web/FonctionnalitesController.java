package fr.vao.plateforme.fonctionnalites.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.plateforme.fonctionnalites.Fonctionnalite;
import fr.vao.plateforme.fonctionnalites.Fonctionnalites;
import fr.vao.plateforme.securite.Autorites;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;

/** Feature flags administration (national agents only). */
@Controller
class FonctionnalitesController {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final DateTimeFormatter SAISIE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Fonctionnalites fonctionnalites;

    FonctionnalitesController(Fonctionnalites fonctionnalites) {
        this.fonctionnalites = fonctionnalites;
    }

    @GetMapping("/bo/administration/fonctionnalites")
    String liste(Model model) {
        exigerNational();
        model.addAttribute("fonctionnalites", fonctionnalites.lister());
        model.addAttribute("maintenant", fonctionnalites.maintenant());
        return "bo/fonctionnalites/liste";
    }

    @GetMapping("/bo/administration/fonctionnalites/{code}")
    String formulaire(@PathVariable String code, Model model) {
        exigerNational();
        Fonctionnalite f = trouver(code);
        FonctionnaliteForm form = new FonctionnaliteForm();
        form.setActive(f.active());
        form.setDateDebut(saisie(f.dateDebut()));
        form.setDateFin(saisie(f.dateFin()));
        form.setVersion(f.version());
        model.addAttribute("fonctionnaliteForm", form);
        model.addAttribute("fonctionnalite", f);
        return "bo/fonctionnalites/formulaire";
    }

    @PostMapping("/bo/administration/fonctionnalites/{code}")
    String modifier(@PathVariable String code, @Valid @ModelAttribute("fonctionnaliteForm") FonctionnaliteForm form,
            BindingResult erreurs, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes flash) {
        UtilisateurConnecte agent = exigerNational();
        Fonctionnalite f = trouver(code);
        model.addAttribute("fonctionnalite", f);
        OffsetDateTime debut = lire(form.getDateDebut(), "dateDebut", erreurs);
        OffsetDateTime fin = lire(form.getDateFin(), "dateFin", erreurs);
        if (!erreurs.hasFieldErrors("dateDebut") && !erreurs.hasFieldErrors("dateFin")) {
            if ((debut == null) != (fin == null)) {
                erreurs.rejectValue(debut == null ? "dateDebut" : "dateFin", "fonctionnalite.date.les-deux");
            } else if (debut != null && !debut.isBefore(fin)) {
                erreurs.rejectValue("dateFin", "fonctionnalite.date.ordre");
            }
        }
        if (form.getVersion() == null) {
            erreurs.reject("fonctionnalite.conflit");
        }
        if (erreurs.hasErrors()) {
            return "bo/fonctionnalites/formulaire";
        }
        try {
            fonctionnalites.modifier(code, form.getVersion(), form.isActive(), debut, fin,
                    "BO:" + agent.id() + " " + agent.email(), request.getRemoteAddr());
        } catch (Fonctionnalites.ConflitException e) {
            erreurs.reject("fonctionnalite.conflit");
            response.setStatus(HttpStatus.CONFLICT.value());
            form.setVersion(trouver(code).version());
            return "bo/fonctionnalites/formulaire";
        }
        flash.addFlashAttribute("succes", "fonctionnalite.modifiee");
        return "redirect:/bo/administration/fonctionnalites";
    }

    private static OffsetDateTime lire(String valeur, String champ, BindingResult erreurs) {
        if (valeur == null || valeur.isBlank() || erreurs.hasFieldErrors(champ)) {
            return null;
        }
        try {
            return LocalDateTime.parse(valeur.strip(), SAISIE).atZone(PARIS).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            erreurs.rejectValue(champ, "fonctionnalite.date.format");
            return null;
        }
    }

    private static String saisie(OffsetDateTime instant) {
        return instant == null ? null
                : instant.atZoneSameInstant(PARIS).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).format(SAISIE);
    }

    private Fonctionnalite trouver(String code) {
        return fonctionnalites.trouver(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static UtilisateurConnecte exigerNational() {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        boolean national = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication().getAuthorities().stream()
                .anyMatch(a -> (Autorites.NIVEAU + "NAT").equals(a.getAuthority()));
        if (!national) {
            throw new AccessDeniedException("Réservé aux agents nationaux");
        }
        return agent;
    }
}
