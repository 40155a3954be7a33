package fr.vao.agrement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.audit.EvenementAudit;
import fr.vao.audit.TypeEvenementAudit;
import fr.vao.document.Categorie;
import fr.vao.document.DocumentStocke;
import fr.vao.document.Documents;
import fr.vao.organisme.Fiche;
import fr.vao.organisme.FichesOrganisateur;
import fr.vao.organisme.ModificationDocuments;
import fr.vao.organisme.Organisme;
import fr.vao.plateforme.fonctionnalites.Fonctionnalites;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * The organiser's side of an agrément request (spec §2.6 B and C, ADR 0026): creation of a first request or a
 * renewal, each step saved on its own with permissive rules, the strict check and the transmission through
 * {@link CycleAgrement}, the deletion of a draft. Every rule is checked here, whatever the screens offer: only a
 * porteur of the agrément (siège social, personne physique) of its own organisme acts, one request in progress at
 * most, changes only while modifiable, behind the feature flag {@code RENOUVELLEMENT_AGREMENT}.
 */
@Service
public class SaisieAgrement {

    private final DemandesAgrement demandes;
    private final Agrements agrements;
    private final CycleAgrement cycle;
    private final DossiersAgrement dossiers;
    private final FichesOrganisateur fiches;
    private final Documents documents;
    private final Fonctionnalites fonctionnalites;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    SaisieAgrement(DemandesAgrement demandes, Agrements agrements, CycleAgrement cycle, DossiersAgrement dossiers,
            FichesOrganisateur fiches, Documents documents, Fonctionnalites fonctionnalites,
            ApplicationEventPublisher evenements, Clock horloge) {
        this.demandes = demandes;
        this.agrements = agrements;
        this.cycle = cycle;
        this.dossiers = dossiers;
        this.fiches = fiches;
        this.documents = documents;
        this.fonctionnalites = fonctionnalites;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    /** Whether online requests are open (the feature flag). */
    public boolean ouverte() {
        return fonctionnalites.estActive(Fonctionnalites.RENOUVELLEMENT_AGREMENT);
    }

    private LocalDate aujourdHui() {
        return LocalDate.now(horloge);
    }

    /** The request in progress of an organisme (one at most). */
    @Transactional(readOnly = true)
    public Optional<DemandeAgrement> enCours(long organismeId) {
        return demandes.enCours(organismeId);
    }

    /** The requests of an organisme (not the declared agréments), the most recent first. */
    @Transactional(readOnly = true)
    public List<DemandeAgrement> demandes(long organismeId) {
        return demandes.deLOrganisme(organismeId);
    }

    /**
     * The expiry banner of a porteur's agrément: ≤ 6 months left, no request in progress, requests open.
     */
    @Transactional(readOnly = true)
    public Optional<BanniereExpiration> banniere(SituationAgrement s) {
        if (!s.peutDeclarer() || s.agrement().isEmpty() || s.agrement().get().dateFinValidite() == null
                || !ouverte()) {
            return Optional.empty();
        }
        Agrement a = s.agrement().get();
        LocalDate jour = aujourdHui();
        if (jour.isBefore(a.dateFinValidite().minusMonths(6)) || demandes.enCours(s.organisme().id()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new BanniereExpiration(ChronoUnit.DAYS.between(jour, a.dateFinValidite()),
                a.dateFinValidite(), a.id()));
    }

    /**
     * Creates the request of the user's organisme: a renewal when it has an active agrément (within its last 6
     * months), a first request otherwise; its région d'obtention is the agrément's, or the organisme's.
     *
     * @throws AgrementRefuseException with the reason (flag off, no finalised fiche, établissement secondaire,
     *         request already in progress, renewal too early, no région)
     */
    @Transactional
    public long creer(UtilisateurConnecte u) {
        if (!ouverte()) {
            throw new AgrementRefuseException("agrement.refus.fermee");
        }
        Organisme o = fiches.organismeDe(u).orElseThrow(() -> new AgrementRefuseException("agrement.refus.fiche"));
        if (!o.porteurAgrement()) {
            throw new AgrementRefuseException("agrement.refus.etablissement-secondaire");
        }
        if (!o.complet()) {
            throw new AgrementRefuseException("agrement.refus.fiche");
        }
        if (demandes.enCours(o.id()).isPresent()) {
            throw new AgrementRefuseException("agrement.refus.en-cours");
        }
        Optional<Agrement> actif = agrements.actif(o.id());
        if (actif.isPresent() && actif.get().dateFinValidite() != null
                && aujourdHui().isBefore(actif.get().dateFinValidite().minusMonths(6))) {
            throw new AgrementRefuseException("agrement.refus.renouvellement-tot");
        }
        String type = actif.isPresent() ? DemandeAgrement.RENOUVELLEMENT : DemandeAgrement.PREMIER;
        String region = actif.map(Agrement::regionObtention).or(() -> demandes.regionOrganisme(o.id()))
                .filter(r -> !r.isBlank())
                .orElseThrow(() -> new AgrementRefuseException("agrement.refus.region"));
        OffsetDateTime le = OffsetDateTime.now(horloge);
        long id;
        try {
            id = demandes.creer(o.id(), type, region, u.id(), le);
        } catch (DuplicateKeyException e) {
            throw new AgrementRefuseException("agrement.refus.en-cours");
        }
        // the contact of the fiche, to check or change at step 1
        Optional<Fiche> fiche = fiches.fiche(o.id());
        DossierAgrement.Coordonnees contact = fiche.flatMap(f -> f.morale()
                .map(m -> new DossierAgrement.Coordonnees(m.email(), m.telephone()))
                .or(() -> f.physique().map(p -> new DossierAgrement.Coordonnees(u.email(), p.telephone()))))
                .orElse(DossierAgrement.Coordonnees.VIDE);
        demandes.enregistrerEtape(id, EtapeAgrement.COORDONNEES, contact, le);
        AuteurAgrement auteur = AuteurAgrement.de(u);
        demandes.historiser(id, le, TypeHistoriqueAgrement.CREATION, auteur, StatutAgrement.BROUILLON, null);
        evenements.publishEvent(new EvenementAudit(TypeEvenementAudit.AGREMENT_MODIFIE, le.toInstant(),
                auteur.audit(), "AGREMENT:" + id, "CREATION " + type + " (" + region + ")", null));
        return id;
    }

    /** The organisme of the user, if it is the request's (else 403). */
    private Organisme organismeDe(UtilisateurConnecte u, DemandeAgrement d) {
        return fiches.organismeDe(u).filter(o -> o.id() == d.organismeId())
                .orElseThrow(AccesAgrementRefuseException::new);
    }

    private DemandeAgrement demande(UtilisateurConnecte u, long id) {
        DemandeAgrement d = demandes.trouver(id).filter(x -> !"EXISTANT".equals(x.typeDepot()))
                .orElseThrow(AccesAgrementRefuseException::new);
        organismeDe(u, d);
        return d;
    }

    /**
     * The request with everything its pages show.
     *
     * @throws AccesAgrementRefuseException when it is not the user's organisme's (or does not exist)
     */
    @Transactional(readOnly = true)
    public DemandeOrganisateur lire(UtilisateurConnecte u, long id) {
        DemandeAgrement d = demande(u, id);
        Organisme o = organismeDe(u, d);
        DossierAgrement dossier = dossiers.lire(id).orElseThrow(AccesAgrementRefuseException::new);
        List<DocumentStocke> docs = documents.rattaches(AgrementsOrganisme.TYPE_DOCUMENT, id);
        return new DemandeOrganisateur(d, dossier, docs, demandes.delai(id), demandes.historique(id),
                incomplets(dossier, docs, o), demandes.demandesAgent(id), o.estPersonneMorale());
    }

    private Map<EtapeAgrement, List<DeclarationExistant.Erreur>> incomplets(DossierAgrement dossier,
            List<DocumentStocke> docs, Organisme o) {
        Set<Categorie> categories = docs.stream().map(DocumentStocke::categorie).collect(Collectors.toSet());
        return ControleDossier.strict(dossier, categories, o.estPersonneMorale(), aujourdHui());
    }

    /** The permissive rules of a step's content, for a form to show before anything is stored. */
    @Transactional(readOnly = true)
    public List<DeclarationExistant.Erreur> verifier(EtapeAgrement etape, Object contenu) {
        return ControleDossier.permissif(etape, contenu, demandes.activites().stream().map(Activite::code).toList(),
                aujourdHui());
    }

    /** The referential of activities (spec §3.1). */
    @Transactional(readOnly = true)
    public List<Activite> activites() {
        return demandes.activites();
    }

    /**
     * Saves one step and its document changes, permissively; records the MODIFICATION (one per step and day).
     *
     * @param contenu the step's record ({@link DossierAgrement.Coordonnees}...)
     * @param fichiers the documents uploaded for the step (the user's, not attached yet) and the step's ones removed
     * @throws AgrementInvalideException with the field errors (nothing stored)
     * @throws AgrementRefuseException when the request is not modifiable any more, the step is not of its type or a
     *         document cannot be attached
     */
    @Transactional
    public void enregistrer(UtilisateurConnecte u, long id, EtapeAgrement etape, Object contenu,
            ModificationDocuments fichiers) {
        DemandeAgrement d = demande(u, id);
        if (!d.statut().modifiable()) {
            throw new AgrementRefuseException("agrement.refus.non-modifiable");
        }
        if (!EtapeAgrement.de(d.renouvellement()).contains(etape)) {
            throw new AgrementRefuseException("agrement.refus.etape");
        }
        List<DeclarationExistant.Erreur> erreurs = verifier(etape, contenu);
        if (!erreurs.isEmpty()) {
            throw new AgrementInvalideException(erreurs);
        }
        OffsetDateTime le = OffsetDateTime.now(horloge);
        if (!demandes.enregistrerEtape(id, etape, contenu, le)) {
            throw new AgrementRefuseException("agrement.refus.non-modifiable");
        }
        String changements = modifierDocuments(u, id, etape, fichiers);
        AuteurAgrement auteur = AuteurAgrement.de(u);
        demandes.historiserModification(id, le, auteur, etape, null);
        evenements.publishEvent(new EvenementAudit(TypeEvenementAudit.AGREMENT_MODIFIE, le.toInstant(),
                auteur.audit(), "AGREMENT:" + id, "MODIFIER " + etape + changements, null));
    }

    /**
     * Removes the step's documents taken off and attaches the new ones (the user's own, of a category of the step);
     * a new file of a single-file category replaces the previous one.
     *
     * @return what changed, for the audit
     */
    private String modifierDocuments(UtilisateurConnecte u, long id, EtapeAgrement etape,
            ModificationDocuments fichiers) {
        StringBuilder trace = new StringBuilder();
        List<DocumentStocke> actuels = documents.rattaches(AgrementsOrganisme.TYPE_DOCUMENT, id).stream()
                .filter(x -> etape.categories().contains(x.categorie())).toList();
        for (DocumentStocke x : actuels) {
            if (fichiers.retraits().contains(x.id())) {
                documents.supprimer(x.id(), AgrementsOrganisme.TYPE_DOCUMENT, id);
                trace.append(" ; retiré ").append(x.categorie()).append(' ').append(x.nom());
            }
        }
        for (UUID ajout : fichiers.ajouts()) {
            if (actuels.stream().anyMatch(x -> x.id().equals(ajout) && !fichiers.retraits().contains(ajout))) {
                continue;
            }
            DocumentStocke nouveau = documents.decrire(ajout, u)
                    .filter(x -> etape.categories().contains(x.categorie()))
                    .orElseThrow(() -> new AgrementRefuseException("agrement.refus.document"));
            if (EtapeAgrement.unique(nouveau.categorie())) {
                documents.rattaches(AgrementsOrganisme.TYPE_DOCUMENT, id).stream()
                        .filter(x -> x.categorie() == nouveau.categorie() && !x.id().equals(ajout))
                        .forEach(x -> documents.supprimer(x.id(), AgrementsOrganisme.TYPE_DOCUMENT, id));
            }
            if (!documents.rattacher(ajout, AgrementsOrganisme.TYPE_DOCUMENT, id, u)) {
                throw new AgrementRefuseException("agrement.refus.document");
            }
            trace.append(" ; ajouté ").append(nouveau.categorie()).append(' ').append(nouveau.nom());
        }
        return trace.toString();
    }

    /**
     * Transmits the request at the version seen: first transmission (→ TRANSMIS), after complements (→ TRANSMIS) or
     * after corrections (→ EN_INSTRUCTION, the timer resumes), once the strict rules pass.
     *
     * @throws AgrementIncompletException with what is missing, by step
     * @throws TransitionAgrementInterditeException when its status does not allow it
     * @throws AgrementModifieException when it changed since that version (a second click)
     */
    @Transactional
    public DemandeAgrement transmettre(UtilisateurConnecte u, long id, int version) {
        DemandeAgrement d = demande(u, id);
        if (d.version() != version) {
            throw new AgrementModifieException();
        }
        d.statut().apres(ActionAgrement.TRANSMETTRE);
        Organisme o = organismeDe(u, d);
        DossierAgrement dossier = dossiers.lire(id).orElseThrow(AgrementModifieException::new);
        Map<EtapeAgrement, List<DeclarationExistant.Erreur>> erreurs = incomplets(dossier,
                documents.rattaches(AgrementsOrganisme.TYPE_DOCUMENT, id), o);
        if (!erreurs.isEmpty()) {
            throw new AgrementIncompletException(erreurs);
        }
        return cycle.appliquer(id, version, ActionAgrement.TRANSMETTRE, AuteurAgrement.de(u), null, null);
    }

    /**
     * Deletes a draft at the version seen, with its documents.
     *
     * @throws TransitionAgrementInterditeException when it is not a draft
     * @throws AgrementModifieException when it changed since that version
     */
    @Transactional
    public void supprimer(UtilisateurConnecte u, long id, int version) {
        DemandeAgrement d = demande(u, id);
        d.statut().apres(ActionAgrement.SUPPRIMER);
        List<DocumentStocke> docs = documents.rattaches(AgrementsOrganisme.TYPE_DOCUMENT, id);
        if (!demandes.supprimerBrouillon(id, version)) {
            throw new AgrementModifieException();
        }
        docs.forEach(x -> documents.supprimer(x.id(), AgrementsOrganisme.TYPE_DOCUMENT, id));
        AuteurAgrement auteur = AuteurAgrement.de(u);
        evenements.publishEvent(new EvenementAudit(TypeEvenementAudit.AGREMENT_MODIFIE, horloge.instant(),
                auteur.audit(), "AGREMENT:" + id, "SUPPRIMER brouillon " + d.typeDepot(), null));
    }
}
