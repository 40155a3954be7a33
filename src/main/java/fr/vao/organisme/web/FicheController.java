package fr.vao.organisme.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.vao.organisme.Fiche;
import fr.vao.organisme.FicheInvalideException;
import fr.vao.organisme.FicheRefuseeException;
import fr.vao.organisme.FichesOrganisateur;
import fr.vao.organisme.Organisme;
import fr.vao.organisme.Registres;
import fr.vao.organisme.RenseignementsMorale;
import fr.vao.organisme.RepresentantLegal;
import fr.vao.organisme.SectionsNaf;
import fr.vao.organisme.TypeOrganisme;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.plateforme.web.Pagination;

/**
 * Step 1 of the fiche organisateur, the synthèse with the finalisation, and the history (spec §2.5). Every route
 * works on the organisme of the logged-in user only: there is no organisme id to tamper with.
 */
@Controller
@RequestMapping("/organisme")
class FicheController {

    private static final int TAILLE_HISTORIQUE = 50;

    private final FichesOrganisateur fiches;
    private final Registres registres;

    FicheController(FichesOrganisateur fiches, Registres registres) {
        this.fiches = fiches;
        this.registres = registres;
    }

    @InitBinder
    void lierLesChamps(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setAutoGrowCollectionLimit(20);
    }

    @GetMapping
    String entree() {
        return fiches.organismeDe(UtilisateurCourant.obtenir()).isPresent() ? "redirect:/organisme/synthese"
                : "redirect:/organisme/renseignements";
    }

    @GetMapping("/renseignements")
    String renseignements(@RequestParam(required = false) TypeOrganisme type, Model model) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        Optional<Fiche> fiche = fiches.ficheDe(u);
        if (fiche.isPresent()) {
            Fiche f = fiche.get();
            if (f.organisme().estPersonneMorale()) {
                model.addAttribute("morale", f.morale().map(r -> FormulaireMorale.de(r, f.organisme().version()))
                        .orElseGet(FormulaireMorale::new));
            } else {
                model.addAttribute("physique", f.physique().map(r -> FormulairePhysique.de(r, f.organisme().version()))
                        .orElseGet(FormulairePhysique::new));
            }
            return afficher(u, f.organisme().type(), fiche, null, model);
        }
        if (type == null) {
            model.addAttribute("siret", fiches.siretDeLaFiche(u));
            model.addAttribute("types", TypeOrganisme.values());
            return "organisme/type";
        }
        model.addAttribute(type == TypeOrganisme.PERSONNE_MORALE ? "morale" : "physique",
                type == TypeOrganisme.PERSONNE_MORALE ? new FormulaireMorale() : new FormulairePhysique());
        return afficher(u, type, fiche, null, model);
    }

    /** "Récupérer les informations": shows what INSEE and the RCS know, without saving. */
    @PostMapping(path = "/renseignements", params = "action=insee")
    String recuperer(@ModelAttribute("morale") FormulaireMorale morale, BindingResult erreursMorale,
            @ModelAttribute("physique") FormulairePhysique physique, BindingResult erreursPhysique,
            @RequestParam TypeOrganisme type, Model model) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        String siret = fiches.siretDeLaFiche(u);
        Registres.Identite identite = registres.identite(siret);
        if (type == TypeOrganisme.PERSONNE_MORALE && identite instanceof Registres.Identite.Trouvee trouvee) {
            // API Entreprise down: the représentants typed so far stay, the page says why none came
            Optional<List<RepresentantLegal>> rcs = registres.representants(siret.substring(0, 9));
            if (rcs.isEmpty()) {
                model.addAttribute("representantsIndisponibles", true);
            } else if (rcs.get().isEmpty()) {
                model.addAttribute("aucunRepresentant", true);
            } else {
                morale.representants = new java.util.ArrayList<>(rcs.get().stream().map(r -> {
                    FormulaireMorale.Representant x = new FormulaireMorale.Representant();
                    x.nom = r.nom();
                    x.prenom = r.prenom();
                    x.fonction = r.fonction();
                    return x;
                }).toList());
            }
            morale.porteurAgrement = morale.porteurAgrement == null ? trouvee.identite().siege()
                    : morale.porteurAgrement;
        }
        return afficher(u, type, fiches.ficheDe(u), identite, model);
    }

    @PostMapping(path = "/renseignements", params = {"type=PERSONNE_MORALE", "action!=insee"})
    String enregistrerMorale(@ModelAttribute("morale") FormulaireMorale form, BindingResult erreurs,
            @RequestParam(required = false) String action, Model model, RedirectAttributes redirection) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        if ("ajouter-representant".equals(action)) {
            form.representants.add(new FormulaireMorale.Representant());
            model.addAttribute("focus", "representants" + (form.representants.size() - 1) + ".nom");
            return afficher(u, TypeOrganisme.PERSONNE_MORALE, fiches.ficheDe(u), null, model);
        }
        if (action != null && action.startsWith("retirer-representant-")) {
            int rang = Integer.parseInt(action.substring("retirer-representant-".length()));
            if (rang >= 0 && rang < form.representants.size()) {
                form.representants.remove(rang);
            }
            return afficher(u, TypeOrganisme.PERSONNE_MORALE, fiches.ficheDe(u), null, model);
        }
        String siret = fiches.siretDeLaFiche(u);
        Registres.Identite identite = registres.identite(siret);
        if (identite instanceof Registres.Identite.Inconnue) {
            erreurs.reject("organisme.refus.siret-inconnu");
            return afficher(u, TypeOrganisme.PERSONNE_MORALE, fiches.ficheDe(u), identite, model);
        }
        RenseignementsMorale renseignements = form.versDomaine(siret,
                identite instanceof Registres.Identite.Trouvee t ? t.identite() : null);
        if (form.porteurAgrement == null) {
            erreurs.rejectValue("porteurAgrement", "organisme.erreur.oui-non");
            renseignements.erreurs().liste().forEach(x -> erreurs.rejectValue(x.champ(), x.cle()));
            return afficher(u, TypeOrganisme.PERSONNE_MORALE, fiches.ficheDe(u), identite, model);
        }
        try {
            fiches.enregistrer(u, renseignements, codeCommune(identite), form.version);
        } catch (FicheInvalideException e) {
            e.erreurs().forEach(x -> erreurs.rejectValue(x.champ(), x.cle()));
            return afficher(u, TypeOrganisme.PERSONNE_MORALE, fiches.ficheDe(u), identite, model);
        } catch (FicheRefuseeException e) {
            erreurs.reject(e.cle());
            return afficher(u, TypeOrganisme.PERSONNE_MORALE, fiches.ficheDe(u), identite, model);
        }
        return suivante(u, redirection);
    }

    @PostMapping(path = "/renseignements", params = {"type=PERSONNE_PHYSIQUE", "action!=insee"})
    String enregistrerPhysique(@ModelAttribute("physique") FormulairePhysique form, BindingResult erreurs,
            Model model, RedirectAttributes redirection) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        String siret = fiches.siretDeLaFiche(u);
        Registres.Identite identite = registres.identite(siret);
        if (identite instanceof Registres.Identite.Inconnue) {
            erreurs.reject("organisme.refus.siret-inconnu");
            return afficher(u, TypeOrganisme.PERSONNE_PHYSIQUE, fiches.ficheDe(u), identite, model);
        }
        try {
            fiches.enregistrer(u, form.versDomaine(siret, identite instanceof Registres.Identite.Trouvee t
                    ? t.identite() : null), codeCommune(identite), form.version);
        } catch (FicheInvalideException e) {
            e.erreurs().forEach(x -> erreurs.rejectValue(x.champ(), x.cle()));
            return afficher(u, TypeOrganisme.PERSONNE_PHYSIQUE, fiches.ficheDe(u), identite, model);
        } catch (FicheRefuseeException e) {
            erreurs.reject(e.cle());
            return afficher(u, TypeOrganisme.PERSONNE_PHYSIQUE, fiches.ficheDe(u), identite, model);
        }
        return suivante(u, redirection);
    }

    private static String codeCommune(Registres.Identite identite) {
        return identite instanceof Registres.Identite.Trouvee t ? t.identite().codeCommune() : null;
    }

    private String suivante(UtilisateurConnecte u, RedirectAttributes redirection) {
        redirection.addFlashAttribute("succes", "organisme.enregistre");
        Organisme o = fiches.organismeDe(u).orElseThrow();
        return o.estSiege() ? "redirect:/organisme/etablissements" : "redirect:/organisme/transport";
    }

    /** Step 1's page; {@code identite} is INSEE's answer when the request already asked it, else null. */
    private String afficher(UtilisateurConnecte u, TypeOrganisme type, Optional<Fiche> fiche,
            Registres.Identite identite, Model model) {
        String siret = fiches.siretDeLaFiche(u);
        model.addAttribute("type", type);
        model.addAttribute("siret", siret);
        model.addAttribute("fiche", fiche.orElse(null));
        model.addAttribute("sections", fiche.map(Fiche::sections).orElseGet(() -> Fiche.sections(type)));
        model.addAttribute("professions", SectionsNaf.CODES);
        model.addAttribute("nouvelle", fiche.isEmpty());
        Registres.Identite insee = identite != null ? identite : registres.identite(siret);
        model.addAttribute("insee", insee instanceof Registres.Identite.Trouvee t ? t.identite() : null);
        model.addAttribute("inseeIndisponible", insee instanceof Registres.Identite.Indisponible);
        model.addAttribute("inseeInconnu", insee instanceof Registres.Identite.Inconnue);
        return "organisme/renseignements";
    }

    @GetMapping("/synthese")
    String synthese(Model model) {
        Optional<Fiche> fiche = fiches.ficheDe(UtilisateurCourant.obtenir());
        if (fiche.isEmpty()) {
            return "redirect:/organisme/renseignements";
        }
        Pages.fiche(model, fiche.get());
        return "organisme/synthese";
    }

    @PostMapping("/finalisation")
    String finaliser(RedirectAttributes redirection) {
        List<fr.vao.organisme.Section> incompletes = fiches.finaliser(UtilisateurCourant.obtenir());
        redirection.addFlashAttribute(incompletes.isEmpty() ? "succes" : "erreur",
                incompletes.isEmpty() ? "organisme.finalisee" : "organisme.finalisation.incomplete");
        return "redirect:/organisme/synthese";
    }

    @GetMapping("/historique")
    String historique(@RequestParam(required = false) String page, HttpServletRequest requete, Model model) {
        Optional<Fiche> fiche = fiches.ficheDe(UtilisateurCourant.obtenir());
        if (fiche.isEmpty()) {
            return "redirect:/organisme/renseignements";
        }
        long id = fiche.get().organisme().id();
        Pagination pagination = Pagination.de(requete, page, TAILLE_HISTORIQUE, fiches.nombreHistorique(id));
        Pages.fiche(model, fiche.get());
        model.addAttribute("pagination", pagination);
        model.addAttribute("lignes", fiches.historique(id, pagination.decalage(), TAILLE_HISTORIQUE));
        return "organisme/historique";
    }
}
