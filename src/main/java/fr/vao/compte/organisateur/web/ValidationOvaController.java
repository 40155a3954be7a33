package fr.vao.compte.organisateur.web;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.compte.organisateur.Organisateur;
import fr.vao.compte.organisateur.ValidationsOva;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.Csv;
import fr.vao.plateforme.web.Pagination;
import fr.vao.territoire.Territoire;
import fr.vao.territoire.Territoires;

/** Back office "Validation des OVA": regional agents only (rule 13), organisers of their own region. */
@Controller
@RequestMapping("/bo/validation-ova")
class ValidationOvaController {

    private static final String CHEMIN = "/bo/validation-ova";

    private final ValidationsOva validations;
    private final Territoires territoires;
    private final MessageSource messages;

    ValidationOvaController(ValidationsOva validations, Territoires territoires, MessageSource messages) {
        this.validations = validations;
        this.territoires = territoires;
        this.messages = messages;
    }

    /** List filters: GET parameters, so that a filtered list can be bookmarked. */
    static class Filtres {
        @Size(max = 100, message = "{organisateur.trop-long}")
        private String nom;
        @Size(max = 255, message = "{organisateur.trop-long}")
        private String email;
        @Size(max = 14, message = "{organisateur.trop-long}")
        private String siret;
        private String tri = "date";
        private String ordre = "asc";
        private int page = 1;

        ValidationsOva.Filtres valeurs() {
            return new ValidationsOva.Filtres(nom, email, siret);
        }

        boolean descendant() {
            return "desc".equals(ordre);
        }

        public String getNom() {
            return nom;
        }

        public void setNom(String nom) {
            this.nom = nom;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getSiret() {
            return siret;
        }

        public void setSiret(String siret) {
            this.siret = siret;
        }

        public String getTri() {
            return tri;
        }

        public void setTri(String tri) {
            this.tri = ValidationsOva.estTriConnu(tri) ? tri : "date";
        }

        public String getOrdre() {
            return ordre;
        }

        public void setOrdre(String ordre) {
            this.ordre = "desc".equals(ordre) ? "desc" : "asc";
        }

        public int getPage() {
            return page;
        }

        public void setPage(int page) {
            this.page = Math.max(1, page);
        }

    }

    static class FormulaireRefus {
        @NotBlank(message = "{validation-ova.motif.obligatoire}")
        @Size(min = 5, max = 1000, message = "{validation-ova.motif.taille}")
        private String motif;
        private int version;

        public String getMotif() {
            return motif;
        }

        public void setMotif(String motif) {
            this.motif = motif;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    @GetMapping
    String lister(@Valid @ModelAttribute("filtres") Filtres filtres, BindingResult erreurs, HttpServletRequest request,
            Model model) {
        UtilisateurConnecte agent = agent();
        ValidationsOva.Filtres valeurs = erreurs.hasErrors() ? new ValidationsOva.Filtres(null, null, null)
                : filtres.valeurs();
        ValidationsOva.Page page = validations.lister(agent, valeurs, filtres.getTri(), filtres.descendant(),
                filtres.getPage());
        model.addAttribute("page", page);
        model.addAttribute("pagination", Pagination.de(request, String.valueOf(filtres.getPage()),
                ValidationsOva.TAILLE_PAGE, page.total()).triee(filtres.getTri(), filtres.descendant()));
        model.addAttribute("region", libelleRegion(agent));
        return "bo/validation-ova/liste";
    }

    @GetMapping("/export.csv")
    void exporter(@Valid @ModelAttribute("filtres") Filtres filtres, BindingResult erreurs,
            HttpServletResponse reponse) throws IOException {
        UtilisateurConnecte agent = agent();
        if (erreurs.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        List<Organisateur> lignes = validations.exporter(agent, filtres.valeurs(), filtres.getTri(),
                filtres.descendant());
        DateTimeFormatter jour = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        Csv.ecrire(reponse, "validation-ova.csv",
                List.of("nom", "prenom", "email", "telephone", "siret", "siret-verifie", "date").stream()
                        .map(c -> message("validation-ova.csv." + c)).toList(),
                lignes.stream().map(o -> List.of(Csv.cellule(o.nom()), Csv.cellule(o.prenom()),
                        Csv.cellule(o.email()), Csv.cellule(o.telephone()), Csv.cellule(o.siret()),
                        message(o.siretVerifie() ? "validation-ova.oui" : "validation-ova.non"),
                        o.dateDemande() == null ? "" : jour.format(o.dateDemande()))));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        UtilisateurConnecte agent = agent();
        Organisateur o = validations.consulter(agent, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("organisateur", o);
        model.addAttribute("region", libelleRegion(agent));
        if (!model.containsAttribute("refus")) {
            FormulaireRefus refus = new FormulaireRefus();
            refus.setVersion(o.version());
            model.addAttribute("refus", refus);
        }
        return "bo/validation-ova/detail";
    }

    @PostMapping("/{id}/valider")
    String valider(@PathVariable long id, @RequestParam(name = "version", defaultValue = "-1") int version,
            RedirectAttributes redirection) {
        UtilisateurConnecte agent = agent();
        validations.valider(agent, id, version);
        redirection.addFlashAttribute("succes", message("validation-ova.valide"));
        return "redirect:" + CHEMIN;
    }

    @PostMapping("/{id}/refuser")
    String refuser(@PathVariable long id, @Valid @ModelAttribute("refus") FormulaireRefus refus,
            BindingResult erreurs, Model model, RedirectAttributes redirection, HttpServletResponse reponse) {
        UtilisateurConnecte agent = agent();
        if (erreurs.hasErrors()) {
            model.addAttribute("erreurRefus", true);
            reponse.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return detail(id, model);
        }
        validations.refuser(agent, id, refus.getVersion(), refus.getMotif());
        redirection.addFlashAttribute("succes", message("validation-ova.refuse"));
        return "redirect:" + CHEMIN;
    }

    @ExceptionHandler(ValidationsOva.ActionRefusee.class)
    String actionRefusee(ValidationsOva.ActionRefusee e, Model model, HttpServletResponse reponse) {
        reponse.setStatus(e.statut());
        model.addAttribute("statut", e.statut());
        model.addAttribute("message", message(e.cle()));
        return "bo/validation-ova/refus";
    }

    private static UtilisateurConnecte agent() {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        if (!ValidationsOva.autorise(agent)) {
            throw new AccessDeniedException("Validation des OVA réservée aux agents régionaux");
        }
        return agent;
    }

    private String libelleRegion(UtilisateurConnecte agent) {
        return territoires.trouver(agent.territoireCode()).map(Territoire::libelle).orElse(agent.territoireCode());
    }

    private String message(String cle) {
        return messages.getMessage(cle, null, cle, Locale.FRANCE);
    }
}
