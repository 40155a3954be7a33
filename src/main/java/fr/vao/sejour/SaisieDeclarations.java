package fr.vao.sejour;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.agrement.AgrementsOrganisme;
import fr.vao.agrement.SituationAgrement;
import fr.vao.hebergement.GestionHebergements;
import fr.vao.hebergement.Hebergement;
import fr.vao.organisme.Fiche;
import fr.vao.organisme.FichesOrganisateur;
import fr.vao.organisme.Organisme;
import fr.vao.organisme.ProtocoleSanitaire;
import fr.vao.organisme.ProtocoleTransport;
import fr.vao.organisme.RenseignementsPhysique;
import fr.vao.organisme.Responsable;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.territoire.Territoire;
import fr.vao.territoire.Territoires;

/**
 * The organiser's use cases on its déclarations (spec §2.8.1, §2.8.3): creation, the save of each step, the
 * submission. Each checks that the déclaration is this organisme's (a siège reads its établissements' ones, read-only)
 * and that the version the user saw is still the current one.
 */
@Service
public class SaisieDeclarations {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final DeclarationsSejour declarations;
    private final FichesOrganisateur fiches;
    private final AgrementsOrganisme agrements;
    private final Territoires territoires;
    private final NotificationsDeclaration notifications;
    private final GestionHebergements hebergements;
    private final DocumentsDeclaration documents;
    private final Clock horloge;
    private final MetriquesDeclarations metriques;

    SaisieDeclarations(DeclarationsSejour declarations, FichesOrganisateur fiches, AgrementsOrganisme agrements,
            Territoires territoires, NotificationsDeclaration notifications, GestionHebergements hebergements,
            DocumentsDeclaration documents, Clock horloge, MetriquesDeclarations metriques) {
        this.metriques = metriques;
        this.hebergements = hebergements;
        this.documents = documents;
        this.declarations = declarations;
        this.fiches = fiches;
        this.agrements = agrements;
        this.territoires = territoires;
        this.notifications = notifications;
        this.horloge = horloge;
    }

    public LocalDate aujourdhui() {
        return LocalDate.now(horloge.withZone(PARIS));
    }

    private OffsetDateTime maintenant() {
        return OffsetDateTime.now(horloge);
    }

    public Optional<Organisme> organismeDe(UtilisateurConnecte u) {
        return fiches.organismeDe(u);
    }

    /** The organismes whose déclarations this one's users see: its own, and its SIREN's for a siège (§1.1). */
    public List<Long> visibles(Organisme o) {
        if (!o.estSiege()) {
            return List.of(o.id());
        }
        return fiches.organismesDuSiren(o.siren()).stream().map(Organisme::id).toList();
    }

    /**
     * Why this organisme may not create a déclaration now (message key), empty when it may: its fiche is complete
     * and its agrément (its siège's for an établissement secondaire) is valid today (ADR 0015).
     */
    @Transactional(readOnly = true)
    public Optional<String> empechement(Organisme o, LocalDate finSejour) {
        if (!o.complet()) {
            return Optional.of("sejour.refus.fiche-incomplete");
        }
        ValiditeAgrement v = validite(o, finSejour);
        return Optional.ofNullable(v.refus());
    }

    @Transactional(readOnly = true)
    public ValiditeAgrement validite(Organisme o, LocalDate finSejour) {
        SituationAgrement s = agrements.situation(o);
        return ValiditeAgrement.de(s.agrement(), aujourdhui(), finSejour);
    }

    /** Step 1 of a new déclaration, pre-filled as spec §2.8.3 says (dates today + 2 months, the responsable). */
    @Transactional(readOnly = true)
    public InformationsGenerales preRemplissage(UtilisateurConnecte u, Organisme o) {
        LocalDate debut = aujourdhui().plusMonths(2);
        Fiche fiche = fiches.fiche(o.id()).orElseThrow();
        Responsable r = fiche.morale().map(m -> m.responsable()).orElseGet(() -> {
            RenseignementsPhysique p = fiche.physique().orElseThrow();
            return new Responsable(p.nomNaissance(), p.prenom(), "organisateur de séjour",
                    p.adresseIdentique() ? p.adresseDomicile() : p.adresseSiege(), p.telephone(), u.email());
        });
        return new InformationsGenerales(null, debut, debut.plusDays(7), r);
    }

    /**
     * Creates a draft from step 1 (spec §2.8.1): the organisme's protocols are copied into it (its siège's for an
     * établissement secondaire), with a snapshot of the organisme and its agrément.
     *
     * @return the id of the new déclaration
     */
    @Transactional
    public long creer(UtilisateurConnecte u, InformationsGenerales informations) {
        Organisme o = organismeDe(u).orElseThrow(() -> new DeclarationRefuseeException("sejour.refus.fiche-incomplete"));
        empechement(o, informations.dateFin()).ifPresent(cle -> {
            throw new DeclarationRefuseeException(cle);
        });
        verifier(informations.erreurs(aujourdhui(), true));
        Fiche fiche = fiches.fiche(o.id()).orElseThrow();
        DeclarationSejour d = new DeclarationSejour(0, null, Statut.BROUILLON, o.id(), null, informations,
                Vacanciers.vide(), PersonnelPrevu.vide(), Equipe.vide(), ProjetSejour.vide(),
                fiche.transport().orElse(null), fiche.sanitaire().orElse(null), SelectionHebergements.vide(), null, 0);
        long id = declarations.inserer(d, instantane(o, fiche), u.id(), maintenant());
        declarations.historiser(id, maintenant(), source(u), u.id(), null, "creation", null, null);
        return id;
    }

    /** The organisme and its agrément as they are now, kept with a new déclaration. */
    private InstantaneOrganisme instantane(Organisme o, Fiche fiche) {
        SituationAgrement s = agrements.situation(o);
        return new InstantaneOrganisme(fiche.nom(), o.siret(), o.estPersonneMorale(),
                s.agrement().map(a -> a.numero()).orElse(null),
                s.agrement().map(a -> a.regionObtention()).orElse(null),
                s.agrement().map(a -> a.dateObtention()).orElse(null),
                s.agrement().map(a -> a.dateFinValidite()).orElse(null));
    }

    /**
     * Copies a déclaration into a new draft of the same organisme (spec §2.8.7): "COPIE - " and its title, the same
     * dates, content and hébergements; neither its numéro, attestation, history nor its named staff (each person's
     * attestation is given for one stay, ADR 0016). Creating a draft needs what a creation needs: a complete fiche and
     * a valid agrément.
     *
     * @return the id of the copy
     */
    @Transactional
    public long dupliquer(UtilisateurConnecte u, long id) {
        Organisme o = organismeDe(u).orElseThrow(DeclarationIntrouvableException::new);
        DeclarationSejour d = lire(u, id);
        if (d.organismeId() != o.id()) {
            throw new AccessDeniedException("Déclaration d'un autre établissement : lecture seule");
        }
        String libelle = d.libelleCopie();
        empechement(o, d.informations().dateFin()).ifPresent(cle -> {
            throw new DeclarationRefuseeException(cle);
        });
        InformationsGenerales i = d.informations();
        DeclarationSejour copie = new DeclarationSejour(0, null, Statut.BROUILLON, o.id(), null,
                new InformationsGenerales(libelle, i.dateDebut(), i.dateFin(), i.responsable()), d.vacanciers(),
                d.personnel(), Equipe.vide(), d.projet(), d.transport(), d.sanitaire(), d.hebergements(), null, 0);
        long nouvelle = declarations.inserer(copie, instantane(o, fiches.fiche(o.id()).orElseThrow()), u.id(),
                maintenant());
        declarations.enregistrerContenu(copie.avecId(nouvelle), maintenant());
        declarations.historiser(nouvelle, maintenant(), source(u), u.id(), null, "creation",
                d.numero() == null ? null : "Copie de la déclaration " + d.numero(), Map.of("copie_de", id));
        return nouvelle;
    }

    /** A déclaration this organiser may see, else 404. */
    @Transactional(readOnly = true)
    public DeclarationSejour lire(UtilisateurConnecte u, long id) {
        Organisme o = organismeDe(u).orElseThrow(DeclarationIntrouvableException::new);
        return declarations.trouver(id).filter(d -> visibles(o).contains(d.organismeId()))
                .orElseThrow(DeclarationIntrouvableException::new);
    }

    /** The history and the registered 2-month declaration of a déclaration this organiser may see. */
    @Transactional(readOnly = true)
    public Dossier dossier(UtilisateurConnecte u, long id) {
        return Dossier.de(lire(u, id), declarations, documents);
    }

    /** Only the declaring organisme's users change a déclaration; a siège reads its établissements' ones. */
    public boolean modifiable(UtilisateurConnecte u, DeclarationSejour d) {
        return organismeDe(u).map(o -> o.id() == d.organismeId()).orElse(false);
    }

    @Transactional
    public void enregistrerInformations(UtilisateurConnecte u, long id, int versionVue, InformationsGenerales i) {
        modifier(u, id, versionVue, EtapeDeclaration.INFORMATIONS, d -> d.avecInformations(i),
                d -> i.erreurs(aujourdhui(), true));
    }

    @Transactional
    public void enregistrerVacanciers(UtilisateurConnecte u, long id, int versionVue, Vacanciers v) {
        modifier(u, id, versionVue, EtapeDeclaration.VACANCIERS, d -> d.avecVacanciers(v), d -> v.erreurs());
    }

    @Transactional
    public void enregistrerPersonnel(UtilisateurConnecte u, long id, int versionVue, PersonnelPrevu p) {
        modifier(u, id, versionVue, EtapeDeclaration.PERSONNEL, d -> d.avecPersonnel(p),
                d -> p.erreurs(d.statut().huitJours()));
    }

    @Transactional
    public void enregistrerProjet(UtilisateurConnecte u, long id, int versionVue, ProjetSejour p) {
        modifier(u, id, versionVue, EtapeDeclaration.PROJET, d -> d.avecProjet(p), d -> p.erreurs());
    }

    @Transactional
    public void enregistrerTransport(UtilisateurConnecte u, long id, int versionVue, ProtocoleTransport t) {
        modifier(u, id, versionVue, EtapeDeclaration.TRANSPORT, d -> d.avecTransport(t.normalise()),
                d -> protocole(t.erreurs().liste()));
    }

    @Transactional
    public void enregistrerSanitaire(UtilisateurConnecte u, long id, int versionVue, ProtocoleSanitaire s) {
        modifier(u, id, versionVue, EtapeDeclaration.SANITAIRE, d -> d.avecSanitaire(s.normalise()),
                d -> protocole(s.erreurs().liste()));
    }

    // ---- the staff at 8 days (spec §2.8.5) ----

    /** Adds one person to a staff list. */
    @Transactional
    public void ajouterIntervenant(UtilisateurConnecte u, long id, int versionVue, Equipe.Liste liste,
            Intervenant p) {
        modifierEquipe(u, id, versionVue, e -> e.avec(liste, l -> {
            l.add(p);
            return l;
        }), e -> p.erreurs(aujourdhui()));
    }

    /** Replaces a staff list with the rows of a spreadsheet, when every row is valid (all or nothing). */
    @Transactional
    public ImportPersonnel.Resultat importerIntervenants(UtilisateurConnecte u, long id, int versionVue,
            Equipe.Liste liste, String texte, boolean attestation, boolean remplacer) {
        ImportPersonnel.Resultat r = ImportPersonnel.lire(texte, attestation, aujourdhui());
        if (r.accepte()) {
            modifierEquipe(u, id, versionVue, e -> e.avec(liste, l -> {
                List<Intervenant> nouvelle = remplacer ? new ArrayList<>() : l;
                nouvelle.addAll(r.personnes());
                return nouvelle;
            }), e -> new Erreurs());
        }
        return r;
    }

    @Transactional
    public void retirerIntervenant(UtilisateurConnecte u, long id, int versionVue, Equipe.Liste liste, int rang) {
        modifierEquipe(u, id, versionVue, e -> e.avec(liste, l -> {
            if (rang >= 0 && rang < l.size()) {
                l.remove(rang);
            }
            return l;
        }), e -> new Erreurs());
    }

    /** The organiser attests, for a person listed without it (imported without the box ticked). */
    @Transactional
    public void attesterIntervenant(UtilisateurConnecte u, long id, int versionVue, Equipe.Liste liste, int rang) {
        modifierEquipe(u, id, versionVue, e -> e.avec(liste, l -> {
            if (rang >= 0 && rang < l.size()) {
                l.set(rang, l.get(rang).attestee());
            }
            return l;
        }), e -> new Erreurs());
    }

    @Transactional
    public void enregistrerFormation(UtilisateurConnecte u, long id, int versionVue, String formation) {
        Erreurs regle = new Erreurs();
        regle.precision("formation", formation, 2000);
        modifierEquipe(u, id, versionVue, e -> e.avecFormation(formation), e -> regle);
    }

    @Transactional
    public void ajouterPrestataire(UtilisateurConnecte u, long id, int versionVue, Prestataire p) {
        modifierEquipe(u, id, versionVue, e -> e.avecPrestataires(l -> {
            l.add(p);
            return l;
        }), e -> p.erreurs(aujourdhui()));
    }

    @Transactional
    public void retirerPrestataire(UtilisateurConnecte u, long id, int versionVue, int rang) {
        modifierEquipe(u, id, versionVue, e -> e.avecPrestataires(l -> {
            if (rang >= 0 && rang < l.size()) {
                l.remove(rang);
            }
            return l;
        }), e -> new Erreurs());
    }

    private void modifierEquipe(UtilisateurConnecte u, long id, int versionVue, UnaryOperator<Equipe> changement,
            java.util.function.Function<Equipe, Erreurs> regles) {
        DeclarationSejour d = aModifier(u, id, versionVue, EtapeDeclaration.PERSONNEL);
        if (!d.statut().huitJours()) {
            throw new DeclarationRefuseeException("sejour.refus.equipe-2-mois");
        }
        verifier(regles.apply(d.equipe()));
        DeclarationSejour apres = d.avecEquipe(changement.apply(d.equipe()));
        declarations.enregistrerContenu(apres, maintenant());
        if (d.statut().enregistree8Jours()) {
            signalerMiseAJour(u, d, apres);
        }
    }

    /** Adds an étape: one of the organisme's actif hébergements, its dates within the stay. */
    @Transactional
    public void ajouterEtape(UtilisateurConnecte u, long id, int versionVue, UUID hebergementId, LocalDate debut,
            LocalDate fin, String modeTransport) {
        Organisme o = organismeDe(u).orElseThrow(DeclarationIntrouvableException::new);
        Hebergement h = hebergements.lire(o, hebergementId);
        if (h.statut() != fr.vao.hebergement.Statut.ACTIF || h.organismeId() != o.id()) {
            throw new DeclarationRefuseeException("sejour.refus.hebergement-inactif");
        }
        Etape etape = new Etape(h.hebergementId(), h.ligne(), h.fiche().nom(), h.fiche().adresse().departement(),
                debut, fin, modeTransport == null || modeTransport.isBlank() ? null : modeTransport.strip());
        modifier(u, id, versionVue, EtapeDeclaration.HEBERGEMENTS, d -> {
            List<Etape> etapes = new ArrayList<>(d.hebergements().etapes());
            etapes.add(etape);
            return d.avecHebergements(new SelectionHebergements(etapes, d.hebergements().sejourEtranger()));
        }, d -> SelectionHebergements.erreurs(etape, d.informations().dateDebut(), d.informations().dateFin()));
    }

    @Transactional
    public void retirerEtape(UtilisateurConnecte u, long id, int versionVue, int rang) {
        modifier(u, id, versionVue, EtapeDeclaration.HEBERGEMENTS, d -> {
            List<Etape> etapes = new ArrayList<>(d.hebergements().etapes());
            if (rang >= 0 && rang < etapes.size()) {
                etapes.remove(rang);
            }
            return d.avecHebergements(new SelectionHebergements(etapes, d.hebergements().sejourEtranger()));
        }, d -> new Erreurs());
    }

    @Transactional
    public void enregistrerEtranger(UtilisateurConnecte u, long id, int versionVue, Boolean etranger) {
        modifier(u, id, versionVue, EtapeDeclaration.HEBERGEMENTS,
                d -> d.avecHebergements(new SelectionHebergements(d.hebergements().etapes(), etranger)),
                d -> new Erreurs());
    }

    /**
     * Submits the 2-month declaration (or its 8-day complement): every step valid, the attestation, a valid agrément;
     * the numéro at the first submission; the agents of its territories see it; its PDF (déclaration préalable or
     * fiche complémentaire, spec §2.12) is generated and stored, and the mails leave, with the commit.
     *
     * @return the numéro
     */
    @Transactional
    public String transmettre(UtilisateurConnecte u, long id, int versionVue, Attestation attestation) {
        DeclarationSejour d = aModifierSansStatut(u, id, versionVue);
        Organisme o = organismeDe(u).orElseThrow();
        Attestation datee = new Attestation(attestation.aCertifie(), attestation.nom(), attestation.prenom(),
                attestation.qualite(), aujourdhui());
        Statut apres = d.transmettre(datee, aujourdhui(), validite(o, d.informations().dateFin()));
        String departement = d.hebergements().departementSuivi().orElseThrow();
        boolean premiere = d.premiereTransmission();
        String numero = premiere
                ? NumeroDeclaration.de(d.informations().dateDebut(), departement, declarations.prochainNumero())
                : d.numero();
        Map<String, Object> colonnes = new java.util.HashMap<>();
        colonnes.put("numero", numero);
        colonnes.put("departement_suivi", departement);
        colonnes.put("transmise_le", maintenant());
        declarations.changerStatut(id, apres, colonnes, maintenant());
        declarations.enregistrerAttestation(id, datee);
        declarations.rendreVisible(id, territoiresVisibles(d, o));
        declarations.historiser(id, maintenant(), source(u), u.id(), null,
                apres == Statut.TRANSMISE_8J ? "depot_8j" : premiere ? "depot_2m" : "complements", null,
                Map.of("numero", numero, "statut", apres.code()));
        documents.transmission(id, u);
        notifications.transmission(d, o, numero, departement, apres, premiere);
        metriques.transmise(apres);
        return numero;
    }

    /** Where agents see it: the départements of its hébergements, their régions, the région of the agrément. */
    private Set<String> territoiresVisibles(DeclarationSejour d, Organisme o) {
        Set<String> codes = new LinkedHashSet<>();
        for (Etape e : d.hebergements().etapes()) {
            codes.add(e.departement());
            territoires.regionDe(e.departement()).map(Territoire::code).ifPresent(codes::add);
        }
        agrements.situation(o).agrement().map(a -> a.regionObtention()).ifPresent(codes::add);
        return codes;
    }

    /**
     * The organiser cancels a submitted déclaration (spec §2.8.7): final; the organiser's users and the instructing
     * DDETS are told (D9, D10).
     */
    @Transactional
    public void annuler(UtilisateurConnecte u, long id, int versionVue) {
        DeclarationSejour d = aModifierSansStatut(u, id, versionVue);
        Statut apres = d.annuler();
        declarations.changerStatut(id, apres, Map.of(), maintenant());
        declarations.historiser(id, maintenant(), source(u), u.id(), null, "annulation", null,
                Map.of("statut", d.statut().code()));
        notifications.annulation(d, organismeDe(u).orElseThrow());
    }

    @Transactional
    public void supprimer(UtilisateurConnecte u, long id, int versionVue) {
        DeclarationSejour d = aModifierSansStatut(u, id, versionVue);
        d.verifierSuppression();
        declarations.supprimer(id);
    }

    private void modifier(UtilisateurConnecte u, long id, int versionVue, EtapeDeclaration etape,
            UnaryOperator<DeclarationSejour> modification,
            java.util.function.Function<DeclarationSejour, Erreurs> regles) {
        DeclarationSejour d = aModifier(u, id, versionVue, etape);
        verifier(regles.apply(d));
        DeclarationSejour apres = modification.apply(d);
        declarations.enregistrerContenu(apres, maintenant());
        if (d.statut().enregistree8Jours()) {
            signalerMiseAJour(u, d, apres);
        }
    }

    /**
     * A registered stay whose vacanciers or staff change (spec §2.8.6): the staff stays complete and attested, the
     * history keeps each change, the instructing DDETS is told (D13). The status does not change.
     */
    private void signalerMiseAJour(UtilisateurConnecte u, DeclarationSejour avant, DeclarationSejour apres) {
        boolean vacanciers = !avant.vacanciers().equals(apres.vacanciers());
        List<String> modifications = vacanciers ? Modifications.vacanciers(avant.vacanciers(), apres.vacanciers())
                : new ArrayList<>(Modifications.personnel(avant.personnel(), apres.personnel()));
        if (!vacanciers) {
            Erreurs equipe = apres.equipe().erreurs(aujourdhui());
            if (!equipe.aucune()) {
                throw new DeclarationRefuseeException("sejour.erreur.personnel-incomplet");
            }
            modifications.addAll(Modifications.equipe(avant.equipe(), apres.equipe()));
        }
        if (modifications.isEmpty()) {
            return;
        }
        declarations.historiser(avant.id(), maintenant(), source(u), u.id(), null,
                vacanciers ? "mise_a_jour_vacanciers" : "mise_a_jour_personnel", String.join(" ; ", modifications),
                Map.of("modifications", modifications));
        notifications.miseAJour(apres, vacanciers, modifications);
    }

    private DeclarationSejour aModifier(UtilisateurConnecte u, long id, int versionVue, EtapeDeclaration etape) {
        DeclarationSejour d = aModifierSansStatut(u, id, versionVue);
        d.verifierModifiable(etape);
        return d;
    }

    private DeclarationSejour aModifierSansStatut(UtilisateurConnecte u, long id, int versionVue) {
        Organisme o = organismeDe(u).orElseThrow(DeclarationIntrouvableException::new);
        DeclarationSejour d = declarations.verrouiller(id).filter(x -> visibles(o).contains(x.organismeId()))
                .orElseThrow(DeclarationIntrouvableException::new);
        if (d.organismeId() != o.id()) {
            throw new AccessDeniedException("Déclaration d'un autre établissement : lecture seule");
        }
        if (d.version() != versionVue) {
            throw new DeclarationRefuseeException("sejour.refus.conflit");
        }
        return d;
    }

    private static void verifier(Erreurs e) {
        if (!e.aucune()) {
            throw new DeclarationInvalideException(e.liste());
        }
    }

    private static Erreurs protocole(List<fr.vao.organisme.Erreurs.Erreur> erreurs) {
        Erreurs e = new Erreurs();
        e.ajouterTout(erreurs);
        return e;
    }

    static String source(UtilisateurConnecte u) {
        return u.prenom() + " " + u.nom();
    }
}
