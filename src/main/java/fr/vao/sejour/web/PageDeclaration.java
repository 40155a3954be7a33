package fr.vao.sejour.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.vao.hebergement.GestionHebergements;
import fr.vao.messagerie.OngletMessagerie;
import fr.vao.organisme.Organisme;
import fr.vao.plateforme.securite.UtilisateurCourant;
import fr.vao.sejour.AccesFilsDeclaration;
import fr.vao.sejour.Action;
import fr.vao.sejour.DeclarationRefuseeException;
import fr.vao.sejour.DeclarationSejour;
import fr.vao.sejour.Equipe;
import fr.vao.sejour.EtapeDeclaration;
import fr.vao.sejour.Intervenant;
import fr.vao.sejour.Prestataire;
import fr.vao.sejour.ProjetSejour;
import fr.vao.sejour.SaisieDeclarations;
import fr.vao.sejour.Vacanciers;

/**
 * The page of one step of the organiser's déclaration (template {@code sejour/etape}), shared by the controllers of
 * the steps and of the 8-day staff lists: what the step shows, and whether the user may change it.
 */
@Component
class PageDeclaration {

    private final SaisieDeclarations saisie;
    private final GestionHebergements hebergements;
    private final OngletMessagerie messagerie;
    private final fr.vao.territoire.FichesTerritoire fichesTerritoire;
    private final fr.vao.territoire.Territoires territoires;
    private final OngletsEig ongletsEig;
    private final OngletsControle ongletsControle;

    PageDeclaration(SaisieDeclarations saisie, GestionHebergements hebergements, OngletMessagerie messagerie,
            fr.vao.territoire.FichesTerritoire fichesTerritoire, fr.vao.territoire.Territoires territoires,
            OngletsEig ongletsEig, OngletsControle ongletsControle) {
        this.ongletsEig = ongletsEig;
        this.ongletsControle = ongletsControle;
        this.saisie = saisie;
        this.hebergements = hebergements;
        this.messagerie = messagerie;
        this.fichesTerritoire = fichesTerritoire;
        this.territoires = territoires;
    }

    /** The instructing DDETS of a submitted déclaration, as its fiche territoire gives it (spec §2.14). */
    record ContactDdets(String code, String libelle, fr.vao.territoire.FicheTerritoire fiche) {
    }

    private java.util.Optional<ContactDdets> contact(DeclarationSejour d) {
        if (d.statut() == fr.vao.sejour.Statut.BROUILLON || d.departementSuivi() == null) {
            return java.util.Optional.empty();
        }
        return territoires.trouver(d.departementSuivi()).map(t -> new ContactDdets(t.code(), t.libelle(),
                fichesTerritoire.trouver(t.code()).orElse(null)));
    }

    String afficher(DeclarationSejour d, EtapeDeclaration etape, Model model) {
        return afficher(d, etape, null, model);
    }

    /** @param sousPage for the staff step at 8 days: a staff list ("encadrants", "accompagnants") or "prestataires" */
    String afficher(DeclarationSejour d, EtapeDeclaration etape, String sousPage, Model model) {
        Organisme o = saisie.organismeDe(UtilisateurCourant.obtenir())
                .orElseThrow(() -> new DeclarationRefuseeException("sejour.refus.fiche-incomplete"));
        boolean sienne = o.id() == d.organismeId();
        model.addAttribute("d", d);
        model.addAttribute("etape", etape);
        model.addAttribute("etapes", d.etapes());
        model.addAttribute("sousPage", sousPage);
        model.addAttribute("modifiable", sienne && d.modifiable(etape));
        model.addAttribute("erreursParEtape", d.erreursParEtape(saisie.aujourdhui()));
        switch (etape) {
            case VACANCIERS:
                model.addAttribute("tranchesAge", Vacanciers.TRANCHES_AGE);
                model.addAttribute("deficiences", Vacanciers.DEFICIENCES);
                break;
            case PERSONNEL:
                model.addAttribute("fonctions", Intervenant.FONCTIONS);
                model.addAttribute("categories", Prestataire.CATEGORIES);
                model.addAttribute("listes", List.of(Equipe.Liste.values()));
                if (sousPage != null && !"prestataires".equals(sousPage)) {
                    model.addAttribute("personnes", d.equipe().liste(Equipe.Liste.deChemin(sousPage)));
                }
                formulaires(d, model);
                break;
            case PROJET:
                model.addAttribute("destinations", ProjetSejour.DESTINATIONS);
                model.addAttribute("sportives", ProjetSejour.SPORTIVES);
                model.addAttribute("culturelles", ProjetSejour.CULTURELLES);
                model.addAttribute("bienEtre", ProjetSejour.BIEN_ETRE);
                break;
            case HEBERGEMENTS:
                if (sienne) {
                    model.addAttribute("choix", hebergements.liste(o, null, null, fr.vao.hebergement.Statut.ACTIF,
                            "nom", false, 200, 0).lignes().stream().filter(l -> l.organismeId() == o.id()).toList());
                }
                break;
            case SYNTHESE:
                model.addAttribute("agrement", saisie.validite(o, d.informations().dateFin()));
                model.addAttribute("transmissible", sienne && d.statut().permet(Action.TRANSMETTRE));
                model.addAttribute("annulable", sienne && d.statut().permet(Action.ANNULER));
                model.addAttribute("duplicable", sienne && d.statut().permet(Action.DUPLIQUER));
                contact(d).ifPresent(c -> model.addAttribute("contactDdets", c));
                if (!(sienne && d.modifiable(etape)) || d.statut() != fr.vao.sejour.Statut.BROUILLON) {
                    model.addAttribute("dossier", saisie.dossier(UtilisateurCourant.obtenir(), d.id()));
                }
                if (d.statut() != fr.vao.sejour.Statut.BROUILLON) {
                    messagerie.resumer(UtilisateurCourant.obtenir(), AccesFilsDeclaration.TYPE, d.id(), model);
                    ongletsEig.ajouter(UtilisateurCourant.obtenir(), d.id(), model);
                    ongletsControle.ajouter(UtilisateurCourant.obtenir(), d.id(), model);
                }
                break;
            default:
                break;
        }
        return "sejour/etape";
    }

    /** The empty forms of the staff step, unless one comes back with its errors. */
    private static void formulaires(DeclarationSejour d, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Formulaires.FormPersonnel.de(d.personnel(), d.version()));
        }
        if (!model.containsAttribute("intervenant")) {
            Formulaires.FormIntervenant f = new Formulaires.FormIntervenant();
            f.version = d.version();
            model.addAttribute("intervenant", f);
        }
        if (!model.containsAttribute("import")) {
            Formulaires.FormImport f = new Formulaires.FormImport();
            f.version = d.version();
            model.addAttribute("import", f);
        }
        if (!model.containsAttribute("formation")) {
            Formulaires.FormFormation f = new Formulaires.FormFormation();
            f.version = d.version();
            f.formation = d.equipe().formation();
            model.addAttribute("formation", f);
        }
        if (!model.containsAttribute("prestataire")) {
            Formulaires.FormPrestataire f = new Formulaires.FormPrestataire();
            f.version = d.version();
            model.addAttribute("prestataire", f);
        }
    }
}
