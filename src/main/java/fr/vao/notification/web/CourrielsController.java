package fr.vao.notification.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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

import fr.vao.notification.SuiviCourriels;
import fr.vao.notification.SuiviCourriels.Renvoi;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.AccesNational;
import fr.vao.plateforme.web.Csv;
import fr.vao.plateforme.web.DatesAffichage;
import fr.vao.plateforme.web.Pagination;

/** The outbox for national agents: list, detail (without the body) and "Renvoyer" for a failed mail. */
@Controller
@RequestMapping("/bo/administration/courriels")
class CourrielsController {

    static final int TAILLE_PAGE = 20;
    private static final int MAX_CSV = 50_000;

    private final SuiviCourriels courriels;
    private final MessageSource messages;
    private final DatesAffichage dates;

    CourrielsController(SuiviCourriels courriels, MessageSource messages, DatesAffichage dates) {
        this.courriels = courriels;
        this.messages = messages;
        this.dates = dates;
    }

    @ModelAttribute
    void reserveAuxNationaux() {
        AccesNational.verifier();
    }

    @GetMapping
    String liste(@Valid @ModelAttribute("filtreCourriels") FiltreCourriels filtre, BindingResult erreurs,
            @RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        model.addAttribute("modeles", courriels.modeles());
        if (erreurs.hasErrors()) {
            model.addAttribute("pagination", Pagination.de(request, null, TAILLE_PAGE, 0));
            model.addAttribute("courriels", List.of());
            return "bo/administration/courriels/liste";
        }
        int total = courriels.compter(filtre.filtre());
        Pagination pagination = Pagination.de(request, page, TAILLE_PAGE, total);
        model.addAttribute("pagination", pagination);
        model.addAttribute("courriels",
                courriels.lister(filtre.filtre(), filtre.croissant(), pagination.decalage(), TAILLE_PAGE));
        return "bo/administration/courriels/liste";
    }

    @GetMapping(value = "/export.csv")
    void csv(@Valid @ModelAttribute("filtreCourriels") FiltreCourriels filtre, BindingResult erreurs,
            HttpServletResponse response) throws IOException {
        if (erreurs.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        List<String> entetes = List.of(messages.getMessage("courriels.csv.entetes", null, Locale.FRANCE).split(";"));
        Csv.ecrire(response, "courriels.csv", entetes,
                courriels.lister(filtre.filtre(), filtre.croissant(), 0, MAX_CSV).stream()
                        .map(c -> List.of(c.id(), dates.dateHeure(c.creeLe()), c.modele(), c.destinataires(),
                                c.sujet(), libelleStatut(c.statut()), c.tentatives(), dates.dateHeure(c.envoyeLe()),
                                c.derniereErreur() == null ? "" : c.derniereErreur())));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("courriel", courriels.detail(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "bo/administration/courriels/detail";
    }

    @PostMapping("/{id}/renvoyer")
    String renvoyer(@PathVariable long id, @RequestParam(defaultValue = "-1") int version, HttpServletRequest request,
            RedirectAttributes redirection) {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        Renvoi resultat = courriels.renvoyer(id, version, "BO:" + agent.id() + " " + agent.email(),
                request.getRemoteAddr());
        if (resultat == Renvoi.ABSENT) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String cle = "courriels.renvoi." + resultat.name().toLowerCase(Locale.ROOT).replace('_', '-');
        redirection.addFlashAttribute(resultat == Renvoi.RENVOYE ? "succes" : "erreur",
                messages.getMessage(cle, null, Locale.FRANCE));
        return "redirect:/bo/administration/courriels/" + id;
    }

    private String libelleStatut(String statut) {
        return messages.getMessage("courriels.statut." + statut, null, statut, Locale.FRANCE);
    }
}
