package fr.vao.compte.agent.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.vao.compte.agent.Agents;
import fr.vao.compte.agent.FiltreAgents;
import fr.vao.compte.agent.LigneAgent;
import fr.vao.compte.agent.PerimetreAgents;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.Csv;
import fr.vao.plateforme.web.Pagination;
import fr.vao.territoire.Territoire;
import fr.vao.territoire.Territoires;

/** "Agents de l'État": the agents of the viewer's perimeter, filtered, sorted, paginated, and as CSV (spec §2.4). */
@Controller
class ListeAgentsController {

    static final int PAR_PAGE = 20;
    static final List<String> ENTETES = List.of("Nom", "Prenom", "Courriel", "Compétence", "Région", "Département",
        "Compte validé", "Compte actif", "Contrôle");

    private final Agents agents;
    private final PerimetreAgents perimetre;
    private final Territoires territoires;
    private final MessageSource messages;

    ListeAgentsController(Agents agents, PerimetreAgents perimetre, Territoires territoires, MessageSource messages) {
        this.agents = agents;
        this.perimetre = perimetre;
        this.territoires = territoires;
        this.messages = messages;
    }

    /** A row as displayed. */
    public record Ligne(long id, String nom, String prenom, String email, String territoire, String competence,
            String region, String departement, boolean validee, boolean active) {
    }

    @GetMapping("/bo/agents")
    String liste(@RequestParam(required = false) String nom, @RequestParam(required = false) String prenom,
            @RequestParam(required = false) String email, @RequestParam(required = false) String territoire,
            @RequestParam(required = false) String statut, @RequestParam(required = false) String aFaire,
            @RequestParam(required = false) String tri, @RequestParam(required = false) String ordre,
            @RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        UtilisateurConnecte admin = UtilisateurCourant.obtenir();
        perimetre.exigerCompte(admin);
        FiltreAgents filtre = filtre(admin, nom, prenom, email, territoire, statut, aFaire);
        List<String> codes = perimetre.codesVisibles(admin);
        long total = agents.compter(codes, filtre);
        String cle = tri != null && Agents.TRIS.containsKey(tri) ? tri : "nom";
        boolean desc = "desc".equals(ordre);
        Pagination pagination = Pagination.de(request, page, PAR_PAGE, total).triee(cle, desc);
        List<Ligne> lignes = agents.rechercher(codes, filtre, cle, desc, PAR_PAGE, pagination.decalage()).stream()
                .map(this::ligne).toList();
        model.addAttribute("filtre", filtre);
        model.addAttribute("lignes", lignes);
        model.addAttribute("total", total);
        model.addAttribute("pagination", pagination);
        model.addAttribute("territoires", perimetre.territoiresAttribuables(admin));
        return "bo/agents/liste";
    }

    @GetMapping("/bo/agents.csv")
    void csv(@RequestParam(required = false) String nom, @RequestParam(required = false) String prenom,
            @RequestParam(required = false) String email, @RequestParam(required = false) String territoire,
            @RequestParam(required = false) String statut, @RequestParam(required = false) String aFaire,
            @RequestParam(required = false) String tri, @RequestParam(required = false) String ordre,
            HttpServletResponse response) throws IOException {
        UtilisateurConnecte admin = UtilisateurCourant.obtenir();
        perimetre.exigerCompte(admin);
        FiltreAgents filtre = filtre(admin, nom, prenom, email, territoire, statut, aFaire);
        List<LigneAgent> lignes = agents.rechercher(perimetre.codesVisibles(admin), filtre,
                tri != null && Agents.TRIS.containsKey(tri) ? tri : "nom", "desc".equals(ordre), 100_000, 0);
        java.util.Set<Long> controle = agents.avecRole(fr.vao.compte.agent.RolesAgent.CONTROLE,
                lignes.stream().map(LigneAgent::id).toList());
        Csv.ecrire(response, "agents.csv", ENTETES, lignes.stream().map(l -> {
            Ligne v = ligne(l);
            return Arrays.asList(Csv.cellule(v.nom()), Csv.cellule(v.prenom()), Csv.cellule(v.email()),
                    v.competence(), v.region(), v.departement(), v.validee() ? "Oui" : "Non",
                    v.active() ? "Oui" : "Non", controle.contains(l.id()) ? "Oui" : "Non");
        }));
    }

    private FiltreAgents filtre(UtilisateurConnecte admin, String nom, String prenom, String email, String territoire,
            String statut, String aFaire) {
        String t = territoire != null && perimetre.voit(admin, territoire) ? territoire : null;
        return new FiltreAgents(borne(nom), borne(prenom), borne(email), t,
                "actif".equals(statut) || "inactif".equals(statut) ? statut : null,
                "oui".equals(aFaire) || "on".equals(aFaire) || "true".equals(aFaire));
    }

    /** Over-long filters are cut (a filter never fails). */
    private static String borne(String valeur) {
        if (valeur == null || valeur.isBlank()) {
            return null;
        }
        String v = valeur.strip();
        return v.length() > 100 ? v.substring(0, 100) : v;
    }

    private Ligne ligne(LigneAgent l) {
        Territoire t = territoires.trouver(l.territoireCode()).orElseThrow();
        String region = t.estRegion() ? t.libelle()
                : t.estDepartement() ? territoires.trouver(t.parentCode()).map(Territoire::libelle).orElse("") : "";
        String departement = t.estDepartement() ? t.libelle() : "";
        return new Ligne(l.id(), l.nom(), l.prenom(), l.email(), t.libelle() + " (" + t.code() + ")",
                messages.getMessage("agent.competence." + t.niveau(), null, Locale.FRANCE), region, departement,
                l.activeLe() != null, !l.desactive());
    }
}
