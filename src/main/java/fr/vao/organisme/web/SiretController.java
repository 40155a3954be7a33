package fr.vao.organisme.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.organisme.ChangementsSiret;
import fr.vao.organisme.FicheRefuseeException;
import fr.vao.organisme.FichesOrganisateur;
import fr.vao.organisme.Registres;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;

/**
 * The SIRET change of spec §2.5: search the successor INSEE knows, then confirm. The successor is looked up again at
 * confirmation: a SIRET typed or posted by hand is never accepted.
 */
@Controller
@RequestMapping("/organisme/siret")
class SiretController {

    private final FichesOrganisateur fiches;
    private final ChangementsSiret changements;
    private final Registres registres;

    SiretController(FichesOrganisateur fiches, ChangementsSiret changements, Registres registres) {
        this.fiches = fiches;
        this.changements = changements;
        this.registres = registres;
    }

    @PostMapping("/recherche")
    String rechercher(RedirectAttributes redirection) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        if (fiches.organismeDe(u).isEmpty()) {
            return "redirect:/organisme";
        }
        Registres.Succession succession = registres.successeur(fiches.siretDeLaFiche(u));
        if (succession instanceof Registres.Succession.Trouvee t) {
            redirection.addFlashAttribute("successeur", t.identite());
        } else {
            redirection.addFlashAttribute("erreur", succession instanceof Registres.Succession.Aucune
                    ? "organisme.siret.aucun" : "organisme.siret.indisponible");
        }
        return "redirect:/organisme/renseignements#siret";
    }

    @PostMapping
    String confirmer(@RequestParam String nouveauSiret, RedirectAttributes redirection) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        if (fiches.organismeDe(u).isEmpty()) {
            return "redirect:/organisme";
        }
        Registres.Succession succession = registres.successeur(fiches.siretDeLaFiche(u));
        if (!(succession instanceof Registres.Succession.Trouvee t)) {
            redirection.addFlashAttribute("erreur", succession instanceof Registres.Succession.Aucune
                    ? "organisme.siret.aucun" : "organisme.siret.indisponible");
            return "redirect:/organisme/renseignements#siret";
        }
        if (!t.identite().siret().equals(nouveauSiret)) {
            redirection.addFlashAttribute("erreur", "organisme.refus.siret-non-successeur");
            return "redirect:/organisme/renseignements#siret";
        }
        try {
            changements.changerSiret(u, t.identite());
            redirection.addFlashAttribute("succes", "organisme.siret.modifie");
        } catch (FicheRefuseeException e) {
            redirection.addFlashAttribute("erreur", e.cle());
        }
        return "redirect:/organisme/renseignements";
    }
}
