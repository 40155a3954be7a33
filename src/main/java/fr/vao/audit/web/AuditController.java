package fr.vao.audit.web;

import java.io.IOException;
import java.util.Arrays;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.audit.ConsultationJournal;
import fr.vao.audit.ConsultationJournal.Verification;
import fr.vao.audit.TypeEvenementAudit;
import fr.vao.plateforme.web.AccesNational;
import fr.vao.plateforme.web.Csv;
import fr.vao.plateforme.web.DatesAffichage;
import fr.vao.plateforme.web.Pagination;

/** The audit trail for national agents: filtered list, CSV export and integrity check. */
@Controller
@RequestMapping("/bo/administration/audit")
class AuditController {

    static final int TAILLE_PAGE = 50;
    private static final int MAX_CSV = 100_000;

    private final ConsultationJournal journal;
    private final MessageSource messages;
    private final DatesAffichage dates;

    AuditController(ConsultationJournal journal, MessageSource messages, DatesAffichage dates) {
        this.journal = journal;
        this.messages = messages;
        this.dates = dates;
    }

    @ModelAttribute
    void reserveAuxNationaux() {
        AccesNational.verifier();
    }

    @ModelAttribute("types")
    List<String> types() {
        return Arrays.stream(TypeEvenementAudit.values()).map(Enum::name).sorted().toList();
    }

    @GetMapping
    String liste(@Valid @ModelAttribute("filtreAudit") FiltreAudit filtre, BindingResult erreurs,
            @RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        if (erreurs.hasErrors()) {
            model.addAttribute("pagination", Pagination.de(request, null, TAILLE_PAGE, 0));
            model.addAttribute("evenements", List.of());
            return "bo/administration/audit/liste";
        }
        int total = journal.compter(filtre.filtre());
        Pagination pagination = Pagination.de(request, page, TAILLE_PAGE, total);
        model.addAttribute("pagination", pagination);
        model.addAttribute("evenements",
                journal.lister(filtre.filtre(), filtre.croissant(), pagination.decalage(), TAILLE_PAGE));
        return "bo/administration/audit/liste";
    }

    @GetMapping("/export.csv")
    void csv(@Valid @ModelAttribute("filtreAudit") FiltreAudit filtre, BindingResult erreurs,
            HttpServletResponse response) throws IOException {
        if (erreurs.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        List<String> entetes = List.of(messages.getMessage("audit.csv.entetes", null, Locale.FRANCE).split(";"));
        Csv.ecrire(response, "journal-audit.csv", entetes,
                journal.lister(filtre.filtre(), filtre.croissant(), 0, MAX_CSV).stream()
                        .map(e -> List.of(e.id(), dates.dateHeureSecondes(e.horodatage()), e.type(),
                                nonNul(e.acteur()), nonNul(e.cible()), nonNul(e.details()), nonNul(e.adresseIp()),
                                e.hash())));
    }

    /** Recomputes the whole chain (read-only; POST because it may be long and must not be prefetched). */
    @PostMapping("/verification")
    String verifier(RedirectAttributes redirection) {
        Verification v = journal.verifier();
        if (v.integre()) {
            redirection.addFlashAttribute("succes",
                    messages.getMessage("audit.verification.ok", new Object[] {v.verifiees()}, Locale.FRANCE));
        } else {
            redirection.addFlashAttribute("erreur", messages.getMessage("audit.verification.alteree",
                    new Object[] {String.valueOf(v.premiereAlteree()), v.verifiees()}, Locale.FRANCE));
        }
        return "redirect:/bo/administration/audit";
    }

    private static String nonNul(String s) {
        return s == null ? "" : s;
    }
}
