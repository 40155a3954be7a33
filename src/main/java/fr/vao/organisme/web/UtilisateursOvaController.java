package fr.vao.organisme.web;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.vao.organisme.AnnuaireUtilisateurs;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.Csv;
import fr.vao.plateforme.web.Pagination;

/** Back office: "Utilisateurs OVA", the organiser accounts of the agent's perimeter, and their CSV (spec §2.14). */
@Controller
@RequestMapping("/bo/utilisateurs-ova")
class UtilisateursOvaController {

    private static final int PAR_PAGE = 20;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> STATUTS = List.of("NEED_EMAIL_VALIDATION", "NEED_SIRET_VALIDATION", "VALIDATED",
            "BLOCKED", "TEMPORARY_BLOCKED");
    private static final List<String> ENTETES = List.of("Nom", "Prenom", "Courriel", "Raison sociale", "SIRET",
            "Statut", "Date de création", "Date dernière connexion", "Nombre de déclaration");

    private final AnnuaireUtilisateurs annuaire;
    private final MessageSource messages;

    UtilisateursOvaController(AnnuaireUtilisateurs annuaire, MessageSource messages) {
        this.annuaire = annuaire;
        this.messages = messages;
    }

    private static AnnuaireUtilisateurs.Filtre filtre(String nom, String email, String siret, String statut) {
        return new AnnuaireUtilisateurs.Filtre(nom, email, siret, statut != null && STATUTS.contains(statut) ? statut : null);
    }

    private static String tri(String tri) {
        return tri != null && AnnuaireUtilisateurs.TRIS.containsKey(tri) ? tri : "nom";
    }

    @GetMapping
    String liste(@RequestParam(required = false) String nom, @RequestParam(required = false) String email,
            @RequestParam(required = false) String siret, @RequestParam(required = false) String statut,
            @RequestParam(required = false) String tri, @RequestParam(required = false) String ordre,
            @RequestParam(required = false) String page, HttpServletRequest requete, Model model) {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        AnnuaireUtilisateurs.Filtre f = filtre(nom, email, siret, statut);
        boolean desc = "desc".equals(ordre);
        Pagination pagination = Pagination.de(requete, page, PAR_PAGE, annuaire.compter(agent, f))
                .triee(tri(tri), desc);
        model.addAttribute("lignes", annuaire.rechercher(agent, f, tri(tri), desc, PAR_PAGE, pagination.decalage()));
        model.addAttribute("pagination", pagination);
        model.addAttribute("filtre", f);
        model.addAttribute("statuts", STATUTS);
        return "bo/organismes/utilisateurs";
    }

    @GetMapping("/export.csv")
    void csv(@RequestParam(required = false) String nom, @RequestParam(required = false) String email,
            @RequestParam(required = false) String siret, @RequestParam(required = false) String statut,
            @RequestParam(required = false) String tri, @RequestParam(required = false) String ordre,
            HttpServletResponse reponse) throws IOException {
        List<AnnuaireUtilisateurs.Ligne> lignes = annuaire.rechercher(UtilisateurCourant.obtenir(),
                filtre(nom, email, siret, statut), tri(tri), "desc".equals(ordre), 100_000, 0);
        Csv.ecrire(reponse, "utilisateurs-ova.csv", ENTETES, lignes.stream().map(l -> List.of(
                Csv.cellule(l.nom()), Csv.cellule(l.prenom()), Csv.cellule(l.email()), Csv.cellule(l.organisme()),
                l.siret(), messages.getMessage("bo.organismes.comptes.statut." + l.statut(), null,
                        LocaleContextHolder.getLocale()),
                date(l.creeLe()), date(l.derniereConnexionLe()), l.declarations())));
    }

    private static String date(OffsetDateTime d) {
        return d == null ? "" : d.atZoneSameInstant(ZoneId.of("Europe/Paris")).format(DATE);
    }
}
