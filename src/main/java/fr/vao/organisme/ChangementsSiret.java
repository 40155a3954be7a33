package fr.vao.organisme;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.compte.ComptesOrganisateurs;
import fr.vao.notification.Courriel;
import fr.vao.notification.Courriels;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/** The SIRET change of a fiche organisateur (spec §2.5, "SIRET change / succession"). */
@Service
public class ChangementsSiret {

    private final Organismes organismes;
    private final FichesOrganisateur fiches;
    private final ComptesOrganisateurs comptes;
    private final Courriels courriels;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    ChangementsSiret(Organismes organismes, FichesOrganisateur fiches, ComptesOrganisateurs comptes,
            Courriels courriels, ApplicationEventPublisher evenements, Clock horloge) {
        this.organismes = organismes;
        this.fiches = fiches;
        this.comptes = comptes;
        this.courriels = courriels;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    /**
     * Moves the organisme to its successor SIRET (spec §2.5): a new identity version with INSEE's data, the
     * établissements secondaires kept, the change in the history; its DREETS (for a personne physique or a siège) or
     * its siège's users (for an établissement secondaire) are told by e-mail.
     */
    @Transactional
    public void changerSiret(UtilisateurConnecte u, IdentiteInsee successeur) {
        Organisme o = organismes.duMembre(u.id())
                .orElseThrow(() -> new FicheRefuseeException("organisme.refus.etape1-d-abord"));
        organismes.verrouiller(o.id());
        String nouveau = successeur.siret();
        if (nouveau.equals(o.siret())) {
            throw new FicheRefuseeException("organisme.refus.siret-identique");
        }
        if (organismes.parSiret(nouveau).isPresent()) {
            throw new FicheRefuseeException("organisme.refus.siret-deja-utilise");
        }
        OffsetDateTime le = OffsetDateTime.now(horloge);
        organismes.changerSiret(o.id(), nouveau);
        if (o.estPersonneMorale()) {
            RenseignementsMorale r = organismes.morale(o.id()).orElseThrow();
            organismes.enregistrer(o.id(), new RenseignementsMorale(r.porteurAgrement(), nouveau, r.siretSiege(),
                    successeur.raisonSociale(), successeur.nomCommercial(), successeur.categorieJuridique(),
                    successeur.adresse(), successeur.pays(), r.email(), r.telephone(), r.representants(),
                    r.responsable(), true, successeur.latitude(), successeur.longitude()), true, u.id(), le);
        } else {
            RenseignementsPhysique r = organismes.physique(o.id()).orElseThrow();
            organismes.enregistrer(o.id(), new RenseignementsPhysique(nouveau, r.nomNaissance(), r.nomUsage(),
                    r.prenom(), r.profession(), r.telephone(), r.adresseDomicile(), r.adresseIdentique(),
                    r.adresseSiege(), true, successeur.latitude(), successeur.longitude()), true, u.id(), le);
        }
        fiches.localiser(o, successeur.codeCommune(), u);
        organismes.historiser(o.id(), List.of(new Historique(Section.RENSEIGNEMENTS, "siret", o.siret(), nouveau,
                FichesOrganisateur.auteur(u), le)));
        organismes.modifier(o.id(), o.porteurAgrement(), o.complet(), le);
        Fiche apres = fiches.fiche(organismes.trouver(o.id()).orElseThrow());
        evenements.publishEvent(new SiretModifie(o.id(), apres.nom(), o.siret(), nouveau, o.porteurAgrement(),
                organismes.region(o.id())));
        if (o.estEtablissementSecondaire()) {
            fiches.siegeDe(o.siren()).ifPresent(siege -> prevenirSiege(siege, apres.nom(), o.siret(), nouveau));
        }
    }

    private void prevenirSiege(Organisme siege, String nom, String ancien, String nouveau) {
        List<String> destinataires = comptes.parIds(organismes.membres(siege.id())).stream()
                .filter(c -> "VALIDATED".equals(c.statut())).map(ComptesOrganisateurs.CompteOrganisateur::email)
                .toList();
        if (!destinataires.isEmpty()) {
            courriels.envoyer(new Courriel("organisme-siret-siege", destinataires,
                    "Portail VAO - Mise à jour du SIRET d'un établissement secondaire",
                    Map.of("nom", nom, "ancien", ancien, "nouveau", nouveau)));
        }
    }
}
