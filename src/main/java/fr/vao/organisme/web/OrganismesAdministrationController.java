package fr.vao.organisme.web;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import fr.vao.compte.ComptesOrganisateurs;
import fr.vao.organisme.AnnuaireOrganismes;
import fr.vao.organisme.Fiche;
import fr.vao.organisme.FichesOrganisateur;
import fr.vao.organisme.DeclarationsDeLOrganisme;
import fr.vao.organisme.HebergementsDeLOrganisme;
import fr.vao.organisme.Organisme;
import fr.vao.organisme.SuppressionOrganismes;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.Csv;
import fr.vao.plateforme.web.Pagination;
import fr.vao.territoire.Territoire;
import fr.vao.territoire.Territoires;

/** Back office: the organismes of the agent's perimeter, their CSV export and their detail (spec §2.14, §2.13). */
@Controller
@RequestMapping("/bo/organismes")
class OrganismesAdministrationController {

    private static final int PAR_PAGE = 20;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> ENTETES = List.of("Type", "Date de modification", "Fiche complète", "SIREN",
            "SIRET", "Nom de l'organisme", "Nom", "Prénom", "Région d'obtention d'agrément",
            "Date d'obtention d'agrément", "Email", "Téléphone", "Nombre de déclarations total");
    private static final int DECLARATIONS_AFFICHEES = 20;

    private final AnnuaireOrganismes annuaire;
    private final FichesOrganisateur fiches;
    private final ComptesOrganisateurs comptes;
    private final HebergementsDeLOrganisme hebergements;
    private final DeclarationsDeLOrganisme declarations;
    private final Territoires territoires;
    private final MessageSource messages;

    OrganismesAdministrationController(AnnuaireOrganismes annuaire, FichesOrganisateur fiches,
            ComptesOrganisateurs comptes, HebergementsDeLOrganisme hebergements,
            DeclarationsDeLOrganisme declarations, Territoires territoires, MessageSource messages) {
        this.annuaire = annuaire;
        this.declarations = declarations;
        this.hebergements = hebergements;
        this.fiches = fiches;
        this.comptes = comptes;
        this.territoires = territoires;
        this.messages = messages;
    }

    private static AnnuaireOrganismes.Filtre filtre(String nom, String siret, String region, String complet) {
        return new AnnuaireOrganismes.Filtre(nom, siret, region,
                "oui".equals(complet) ? Boolean.TRUE : "non".equals(complet) ? Boolean.FALSE : null);
    }

    @GetMapping
    String liste(@RequestParam(required = false) String nom, @RequestParam(required = false) String siret,
            @RequestParam(required = false) String region, @RequestParam(required = false) String complet,
            @RequestParam(required = false) String tri, @RequestParam(required = false) String ordre,
            @RequestParam(required = false) String page, HttpServletRequest requete, Model model) {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        AnnuaireOrganismes.Filtre f = filtre(nom, siret, region, complet);
        String cle = tri != null && AnnuaireOrganismes.TRIS.containsKey(tri) ? tri : "nom";
        boolean desc = "desc".equals(ordre);
        long total = annuaire.compter(agent, f);
        Pagination pagination = Pagination.de(requete, page, PAR_PAGE, total).triee(cle, desc);
        model.addAttribute("lignes", annuaire.rechercher(agent, f, cle, desc, PAR_PAGE, pagination.decalage()));
        model.addAttribute("pagination", pagination);
        model.addAttribute("filtre", f);
        model.addAttribute("filtreComplet", complet);
        model.addAttribute("regions", territoires.regions());
        return "bo/organismes/liste";
    }

    @GetMapping("/export.csv")
    void csv(@RequestParam(required = false) String nom, @RequestParam(required = false) String siret,
            @RequestParam(required = false) String region, @RequestParam(required = false) String complet,
            @RequestParam(required = false) String tri, @RequestParam(required = false) String ordre,
            HttpServletResponse reponse) throws IOException {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        List<AnnuaireOrganismes.Ligne> lignes = annuaire.rechercher(agent, filtre(nom, siret, region, complet),
                tri != null && AnnuaireOrganismes.TRIS.containsKey(tri) ? tri : "nom", "desc".equals(ordre),
                100_000, 0);
        List<String> statuts = declarations.statuts();
        List<String> entetes = new java.util.ArrayList<>(ENTETES);
        entetes.addAll(statuts);
        Csv.ecrire(reponse, "organismes.csv", entetes, lignes.stream().map(l -> {
            List<Object> cellules = new java.util.ArrayList<>(List.of(
                    messages.getMessage("organisme.type.court." + l.type(), null, LocaleContextHolder.getLocale()),
                    l.modifieLe().atZoneSameInstant(ZoneId.of("Europe/Paris")).format(DATE),
                    l.complet() ? "Oui" : "Non", l.siren(), l.siret(), Csv.cellule(l.nom()),
                    Csv.cellule(l.nomPersonne()), Csv.cellule(l.prenomPersonne()), libelle(l.regionAgrement()),
                    l.dateAgrement() == null ? "" : l.dateAgrement().format(DATE), Csv.cellule(l.email()),
                    Csv.cellule(l.telephone()), l.declarations()));
            statuts.forEach(s -> cellules.add(l.declarations(s)));
            return cellules;
        }));
    }

    private String libelle(String code) {
        return code == null ? "" : territoires.trouver(code).map(Territoire::libelle).orElse(code);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        UtilisateurConnecte agent = UtilisateurCourant.obtenir();
        AnnuaireOrganismes.Ligne ligne = annuaire.visible(agent, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<Fiche> fiche = fiches.fiche(id);
        model.addAttribute("ligne", ligne);
        model.addAttribute("fiche", fiche.orElseThrow());
        model.addAttribute("regionAgrement", libelle(ligne.regionAgrement()));
        model.addAttribute("comptes", comptes.parSiret(ligne.siret()));
        model.addAttribute("hebergements", hebergements.pour(agent, id));
        Organisme o = fiche.orElseThrow().organisme();
        List<Long> organismes = o.estSiege() ? fiches.organismesDuSiren(o.siren()).stream().map(Organisme::id).toList()
                : List.of(id);
        model.addAttribute("declarations", declarations.pour(agent, organismes, DECLARATIONS_AFFICHEES).orElse(null));
        model.addAttribute("historique", fiches.historique(id, 0, 50));
        model.addAttribute("suppressionPossible", SuppressionOrganismes.autorise(agent));
        return "bo/organismes/detail";
    }
}
