package fr.vao.organisme.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.organisme.Etablissement;
import fr.vao.organisme.Fiche;
import fr.vao.organisme.FicheRefuseeException;
import fr.vao.organisme.FichesOrganisateur;
import fr.vao.organisme.Registres;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.Pagination;

/** Step 2, for a siège social: its établissements secondaires from INSEE, each enabled or not (spec §2.5). */
@Controller
@RequestMapping("/organisme/etablissements")
class EtablissementsController {

    private static final int TAILLE = 50;

    private final FichesOrganisateur fiches;
    private final Registres registres;

    EtablissementsController(FichesOrganisateur fiches, Registres registres) {
        this.fiches = fiches;
        this.registres = registres;
    }

    @GetMapping
    String liste(@RequestParam(required = false) String siret, @RequestParam(required = false) String denomination,
            @RequestParam(required = false) String commune, @RequestParam(defaultValue = "tous") String statut,
            @RequestParam(required = false) String page, HttpServletRequest requete, Model model) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        Optional<Fiche> fiche = fiches.ficheDe(u);
        if (fiche.isEmpty() || !fiche.get().organisme().estSiege()) {
            return "redirect:/organisme";
        }
        if (fiche.get().etablissements().isEmpty() && !model.containsAttribute("rafraichie")) {
            Optional<List<Etablissement>> insee = registres.etablissementsSecondaires(fiche.get().organisme().siren());
            insee.ifPresent(liste -> fiches.synchroniser(u, liste));
            model.addAttribute("inseeIndisponible", insee.isEmpty());
            fiche = fiches.ficheDe(u);
        }
        List<Etablissement> tous = fiche.get().etablissements();
        List<Etablissement> filtres = tous.stream()
                .filter(e -> contient(e.siret(), siret) && contient(e.denomination(), denomination)
                        && (contient(e.commune(), commune) || contient(e.codePostal(), commune)))
                .filter(e -> switch (statut) {
                    case "actifs" -> e.actif();
                    case "autorises" -> e.autorise();
                    case "fermes" -> !e.actif();
                    default -> true;
                }).toList();
        Pagination pagination = Pagination.de(requete, page, TAILLE, filtres.size());
        Pages.fiche(model, fiche.get());
        model.addAttribute("lignes", filtres.subList(Math.min(pagination.decalage(), filtres.size()),
                Math.min(pagination.decalage() + TAILLE, filtres.size())));
        model.addAttribute("pagination", pagination);
        model.addAttribute("total", tous.size());
        model.addAttribute("actifs", tous.stream().filter(Etablissement::actif).count());
        model.addAttribute("autorises", tous.stream().filter(Etablissement::autorise).count());
        model.addAttribute("filtreSiret", siret);
        model.addAttribute("filtreDenomination", denomination);
        model.addAttribute("filtreCommune", commune);
        model.addAttribute("filtreStatut", statut);
        return "organisme/etablissements";
    }

    private static boolean contient(String valeur, String filtre) {
        return filtre == null || filtre.isBlank() || valeur != null
                && valeur.toLowerCase(Locale.FRENCH).contains(filtre.strip().toLowerCase(Locale.FRENCH));
    }

    @PostMapping("/rafraichissement")
    String rafraichir(RedirectAttributes redirection) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        Optional<fr.vao.organisme.Organisme> o = fiches.organismeDe(u);
        if (o.isEmpty() || !o.get().estSiege()) {
            return "redirect:/organisme";
        }
        Optional<List<Etablissement>> insee = registres.etablissementsSecondaires(o.get().siren());
        insee.ifPresent(liste -> fiches.synchroniser(u, liste));
        redirection.addFlashAttribute("rafraichie", true);
        redirection.addFlashAttribute(insee.isPresent() ? "succes" : "erreur", insee.isPresent()
                ? "organisme.etablissements.rafraichie" : "organisme.etablissements.indisponible");
        return "redirect:/organisme/etablissements";
    }

    @PostMapping("/{siret}/autorisation")
    String autoriser(@PathVariable String siret, @RequestParam boolean autorise,
            @RequestParam(required = false) String retour, RedirectAttributes redirection) {
        try {
            fiches.autoriser(UtilisateurCourant.obtenir(), siret, autorise);
            redirection.addFlashAttribute("succes", "organisme.etablissements.autorisation-enregistree");
            redirection.addFlashAttribute("siretModifie", siret);
        } catch (FicheRefuseeException e) {
            redirection.addFlashAttribute("erreur", e.cle());
        }
        redirection.addFlashAttribute("rafraichie", true);
        // back to the same filtered page: only a path of this list, never another site
        return "redirect:" + (retour != null && retour.matches("/organisme/etablissements(\\?[\\w=&%.+-]*)?") ? retour
                : "/organisme/etablissements");
    }
}
