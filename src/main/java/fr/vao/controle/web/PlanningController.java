package fr.vao.controle.web;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import fr.vao.controle.CritereRisque;
import fr.vao.controle.PlanningControles;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.Csv;
import fr.vao.plateforme.web.Pagination;
import fr.vao.sejour.SejoursPourControle;
import fr.vao.territoire.Territoire;

/**
 * The planning of inspections {@code /bo/controles} (issue 6 item 1, ADR 0029): the stays taking place in a period in
 * the agent's perimeter, on a map of their hébergements and in a calendar list (by week or day, or ranked by score),
 * each with its risk score and its contributions; the CSV gives the same rows with one column per criterion.
 */
@Controller
class PlanningController {

    static final int PAR_PAGE = 50;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);

    /** A table of the calendar list: its caption and its rows. */
    record Groupe(String titre, List<Vue> lignes) {
    }

    /** A row as shown: the stay, its score and its explained contributions. */
    record Vue(PlanningControles.Ligne ligne, List<LibellesRisque.Detail> details) {

        public SejoursPourControle.Sejour s() {
            return ligne.sejour();
        }
    }

    /** A point of the map: an hébergement and its stays in the period. */
    record Point(UUID hebergementId, String nom, String departement, String adresse, Double lat, Double lon,
            List<Vue> sejours) {
    }

    private final PlanningControles planning;
    private final LibellesRisque libelles;
    private final MessageSource messages;
    private final String tuiles;
    private final String attribution;

    PlanningController(PlanningControles planning, LibellesRisque libelles, MessageSource messages,
            @Value("${vao.carte.tuiles-url:}") String tuiles, @Value("${vao.carte.attribution:}") String attribution) {
        this.planning = planning;
        this.libelles = libelles;
        this.messages = messages;
        this.tuiles = tuiles;
        this.attribution = attribution;
    }

    private static String cle(String tri) {
        return "date".equals(tri) ? "date" : "score";
    }

    /** Without an order asked for: the highest score first, the earliest date first. */
    private static boolean descendant(String cle, String ordre) {
        return ordre == null || ordre.isBlank() ? "score".equals(cle) : "desc".equals(ordre);
    }

    /** The planning's rows for valid filters (empty when they are not), sorted. */
    private List<PlanningControles.Ligne> lignes(UtilisateurConnecte agent, FiltrePlanning filtre,
            BindingResult erreurs, String tri, boolean desc, Model model) {
        List<Territoire> territoires = planning.territoires(agent);
        filtre.valider(planning.aujourdhui(), erreurs);
        if (filtre.getTerritoire() != null
                && territoires.stream().noneMatch(t -> t.code().equals(filtre.getTerritoire()))) {
            erreurs.rejectValue("territoire", "controle.planning.erreur.territoire");
        }
        if (model != null) {
            model.addAttribute("territoires", territoires);
        }
        if (erreurs.hasErrors()) {
            return List.of();
        }
        PlanningControles.Planning p = planning.planning(agent, filtre.dateDebut(), filtre.dateFin(),
                filtre.getTerritoire());
        if (model != null) {
            model.addAttribute("tronque", p.tronque());
        }
        return p.lignes().stream().sorted(PlanningControles.ordre("date".equals(tri), desc)).toList();
    }

    @GetMapping("/bo/controles")
    String page(@ModelAttribute("filtre") FiltrePlanning filtre, BindingResult erreurs,
            @RequestParam(required = false) String tri, @RequestParam(required = false) String ordre,
            @RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        String cle = cle(tri);
        boolean desc = descendant(cle, ordre);
        List<PlanningControles.Ligne> lignes = lignes(agent, filtre, erreurs, cle, desc, model);
        Pagination pagination = Pagination.de(request, page, PAR_PAGE, lignes.size()).triee(cle, desc);
        List<Vue> vues = lignes.stream().map(l -> new Vue(l, libelles.details(l.score()))).toList();
        List<Vue> pageCourante = vues.subList(Math.min(pagination.decalage(), vues.size()),
                Math.min(pagination.decalage() + PAR_PAGE, vues.size()));
        model.addAttribute("lignes", lignes);
        model.addAttribute("groupes", groupes(pageCourante, cle, filtre));
        model.addAttribute("points", points(vues));
        model.addAttribute("pagination", pagination);
        model.addAttribute("lienScore", UriComponentsBuilder.fromUriString(pagination.avec("tri", "score"))
                .replaceQueryParam("ordre", "desc").build().toUriString());
        model.addAttribute("lienDate", UriComponentsBuilder.fromUriString(pagination.avec("tri", "date"))
                .replaceQueryParam("ordre", "asc").build().toUriString());
        model.addAttribute("criteres", CritereRisque.values());
        model.addAttribute("regles", planning.regles());
        model.addAttribute("tuiles", tuiles);
        model.addAttribute("attribution", attribution);
        return "bo/controles/planning";
    }

    /** Ranked by score: one table; by date: one table per week (or day) of arrival, from the period's start. */
    private List<Groupe> groupes(List<Vue> vues, String cle, FiltrePlanning filtre) {
        if (vues.isEmpty()) {
            return List.of();
        }
        if (!"date".equals(cle)) {
            return List.of(new Groupe(messages.getMessage("controle.planning.tableau.score", null, Locale.FRANCE),
                    vues));
        }
        boolean parJour = "jour".equals(filtre.getRegroupement());
        Map<LocalDate, List<Vue>> parDebut = new LinkedHashMap<>();
        for (Vue v : vues) {
            LocalDate jour = v.s().arrivee().isBefore(filtre.dateDebut()) ? filtre.dateDebut() : v.s().arrivee();
            LocalDate debut = parJour ? jour : jour.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            parDebut.computeIfAbsent(debut, k -> new ArrayList<>()).add(v);
        }
        return parDebut.entrySet().stream().map(e -> new Groupe(parJour
                ? messages.getMessage("controle.planning.tableau.jour", new Object[] {JOUR.format(e.getKey())},
                        Locale.FRANCE)
                : messages.getMessage("controle.planning.tableau.semaine", new Object[] {DATE.format(e.getKey()),
                        DATE.format(e.getKey().plusDays(6))}, Locale.FRANCE), e.getValue())).toList();
    }

    /** The hébergements of all the rows (not only the page), highest score first within each. */
    private static List<Point> points(List<Vue> vues) {
        Map<UUID, List<Vue>> parHebergement = new LinkedHashMap<>();
        for (Vue v : vues) {
            parHebergement.computeIfAbsent(v.s().hebergementId(), k -> new ArrayList<>()).add(v);
        }
        return parHebergement.values().stream().map(l -> {
            SejoursPourControle.Sejour s = l.get(0).s();
            return new Point(s.hebergementId(), s.hebergement(), s.departement(), s.adresse(), s.lat(), s.lon(), l);
        }).sorted(Comparator.comparing(Point::nom, Comparator.nullsLast(String::compareTo))
                .thenComparing(p -> Objects.toString(p.hebergementId()))).toList();
    }

    /** The criteria, their definitions and the weights in force. */
    @GetMapping("/bo/controles/criteres")
    String criteres(Model model) {
        PlanningControles.verifier(UtilisateurCourant.obtenir());
        model.addAttribute("criteres", CritereRisque.values());
        model.addAttribute("regles", planning.regles());
        return "bo/controles/planning-criteres";
    }

    @GetMapping("/bo/controles/planning.csv")
    void csv(@ModelAttribute("filtre") FiltrePlanning filtre, BindingResult erreurs,
            @RequestParam(required = false) String tri, @RequestParam(required = false) String ordre,
            HttpServletResponse response) throws IOException {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        List<PlanningControles.Ligne> lignes = lignes(agent, filtre, erreurs, cle(tri),
                descendant(cle(tri), ordre), null);
        if (erreurs.hasErrors()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        List<String> entetes = new ArrayList<>(List.of("Score", "Détail du score", "Arrivée", "Départ",
                "Hébergement", "Département", "Adresse", "Numéro de déclaration", "Séjour", "Organisme", "Statut",
                "Début du séjour", "Fin du séjour", "Vacanciers", "Personnel", "Inspection planifiée le"));
        for (CritereRisque c : CritereRisque.values()) {
            entetes.add(libelles.libelle(c));
        }
        Csv.ecrire(response, "planning-controles.csv", entetes, lignes.stream().map(l -> {
            SejoursPourControle.Sejour s = l.sejour();
            List<Object> cellules = new ArrayList<>(List.of(String.valueOf(l.score().total()),
                    Csv.cellule(libelles.resume(l.score())), DATE.format(s.arrivee()), DATE.format(s.depart()),
                    Csv.cellule(texte(s.hebergement())), texte(s.departement()), Csv.cellule(texte(s.adresse())),
                    texte(s.numero()), Csv.cellule(texte(s.libelle())), Csv.cellule(texte(s.organisme())),
                    messages.getMessage(s.statut().cle(), null, Locale.FRANCE), DATE.format(s.debut()),
                    DATE.format(s.fin()), String.valueOf(s.vacanciers()), String.valueOf(s.personnel()),
                    l.inspectionPrevue() == null ? "" : DATE.format(l.inspectionPrevue())));
            for (CritereRisque c : CritereRisque.values()) {
                cellules.add(String.valueOf(l.score().points(c)));
            }
            return cellules;
        }));
    }

    private static String texte(String valeur) {
        return valeur == null ? "" : valeur;
    }
}
