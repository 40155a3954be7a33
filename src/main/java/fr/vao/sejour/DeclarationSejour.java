package fr.vao.sejour;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import fr.vao.organisme.ProtocoleSanitaire;
import fr.vao.organisme.ProtocoleTransport;

/**
 * A déclaration de séjour (spec §2.8): its content step by step and its status, which changes only through the
 * methods below (each checks the transition with {@link Statut#apres(Action)} and the rules of the action).
 *
 * @param numero given at the first submission, kept afterwards
 * @param version the optimistic lock: an action based on an older version is refused
 */
public record DeclarationSejour(long id, String numero, Statut statut, long organismeId, String departementSuivi,
        InformationsGenerales informations, Vacanciers vacanciers, PersonnelPrevu personnel, Equipe equipe,
        ProjetSejour projet,
        ProtocoleTransport transport, ProtocoleSanitaire sanitaire, SelectionHebergements hebergements,
        Attestation attestation, int version) {

    /** Comments of a complement request: at least this many characters (spec §2.8.4). */
    public static final int COMMENTAIRE_MIN = 5;

    /**
     * The rule violations of each step shown in the déclaration's phase (the 8 steps at 2 months, the 5 of spec
     * §2.8.5 once the 2-month declaration is registered), as of that day (synthèse, submission).
     */
    public Map<EtapeDeclaration, Erreurs> erreursParEtape(LocalDate aujourdhui) {
        boolean huitJours = statut.huitJours();
        Map<EtapeDeclaration, Erreurs> m = new EnumMap<>(EtapeDeclaration.class);
        m.put(EtapeDeclaration.INFORMATIONS, informations.erreurs(aujourdhui, !statut.enregistree8Jours()));
        m.put(EtapeDeclaration.VACANCIERS, vacanciers.erreurs());
        Erreurs p = personnel.erreurs(huitJours);
        if (huitJours) {
            p.ajouterTout(equipe.erreurs(aujourdhui));
        }
        m.put(EtapeDeclaration.PERSONNEL, p);
        if (!huitJours) {
            m.put(EtapeDeclaration.PROJET, projet.erreurs());
            m.put(EtapeDeclaration.TRANSPORT, protocole(transport == null ? null : transport.erreurs().liste()));
            m.put(EtapeDeclaration.SANITAIRE, protocole(sanitaire == null ? null : sanitaire.erreurs().liste()));
        }
        m.put(EtapeDeclaration.HEBERGEMENTS, hebergements.erreurs(informations.dateDebut(), informations.dateFin()));
        return m;
    }

    /** The steps of its phase, in order (spec §2.8.3, §2.8.5). */
    public java.util.List<EtapeDeclaration> etapes() {
        return statut.huitJours() ? EtapeDeclaration.HUIT_JOURS : java.util.List.of(EtapeDeclaration.values());
    }

    private static Erreurs protocole(java.util.List<fr.vao.organisme.Erreurs.Erreur> erreurs) {
        Erreurs e = new Erreurs();
        if (erreurs == null) {
            e.ajouter("protocole", "sejour.erreur.protocole-absent");
        } else {
            e.ajouterTout(erreurs);
        }
        return e;
    }

    public boolean complete(LocalDate aujourdhui) {
        return erreursParEtape(aujourdhui).values().stream().allMatch(Erreurs::aucune);
    }

    /**
     * The organiser saves a step: only in the statuses of §2.8.1, only a step of the current phase (projet, transport
     * and sanitaire are frozen with the 2-month declaration), and once registered at 8 days only the vacanciers and
     * the staff (§2.8.6).
     */
    public void verifierModifiable(EtapeDeclaration etape) {
        if (statut.enregistree8Jours()) {
            statut.apres(Action.METTRE_A_JOUR);
            if (etape != EtapeDeclaration.VACANCIERS && etape != EtapeDeclaration.PERSONNEL) {
                throw new DeclarationRefuseeException("sejour.refus.etape-figee");
            }
            return;
        }
        statut.apres(Action.MODIFIER);
        if (!etapes().contains(etape)) {
            throw new DeclarationRefuseeException("sejour.refus.etape-figee");
        }
    }

    /** Whether the organiser may save this step now (the pages show its form). */
    public boolean modifiable(EtapeDeclaration etape) {
        try {
            verifierModifiable(etape);
            return true;
        } catch (TransitionInterditeException | DeclarationRefuseeException e) {
            return false;
        }
    }

    /**
     * The organiser submits (2 months from BROUILLON or A MODIFIER, 8 days from the 8-day statuses): every step is
     * valid, the attestation too, and the agrément allows it.
     *
     * @return the status after submission
     */
    public Statut transmettre(Attestation a, LocalDate aujourdhui, ValiditeAgrement agrement) {
        Statut apres = statut.apres(Action.TRANSMETTRE);
        if (!agrement.autorise()) {
            throw new DeclarationRefuseeException(agrement.refus());
        }
        Erreurs e = new Erreurs();
        erreursParEtape(aujourdhui).values().forEach(e::ajouterTout);
        e.ajouterTout(a.erreurs());
        if (!e.aucune()) {
            throw new DeclarationInvalideException(e.liste());
        }
        return apres;
    }

    /** Whether this submission is the first one (the numéro is given then). */
    public boolean premiereTransmission() {
        return numero == null;
    }

    public Statut prendreEnCharge() {
        return statut.apres(Action.PRENDRE_EN_CHARGE);
    }

    public Statut demanderComplements(String commentaire) {
        Statut apres = statut.apres(Action.DEMANDER_COMPLEMENTS);
        commentaire(commentaire, COMMENTAIRE_MIN);
        return apres;
    }

    public Statut refuser(String commentaire) {
        Statut apres = statut.apres(Action.REFUSER);
        commentaire(commentaire, 1);
        return apres;
    }

    public Statut enregistrer() {
        return statut.apres(Action.ENREGISTRER);
    }

    public Statut annuler() {
        return statut.apres(Action.ANNULER);
    }

    public void verifierSuppression() {
        statut.apres(Action.SUPPRIMER);
    }

    /** The title of a copy: "COPIE - " and the title, refused beyond 100 characters (spec §2.8.7). */
    public String libelleCopie() {
        statut.apres(Action.DUPLIQUER);
        String copie = "COPIE - " + informations.libelle();
        if (copie.length() > InformationsGenerales.LIBELLE_MAX) {
            throw new DeclarationRefuseeException("sejour.refus.copie-trop-longue");
        }
        return copie;
    }

    private static void commentaire(String commentaire, int min) {
        if (commentaire == null || commentaire.strip().length() < min) {
            Erreurs e = new Erreurs();
            e.ajouter("commentaire", min > 1 ? "sejour.erreur.commentaire-court" : "format.obligatoire");
            throw new DeclarationInvalideException(e.liste());
        }
        if (commentaire.strip().length() > 2000) {
            Erreurs e = new Erreurs();
            e.ajouter("commentaire", "sejour.erreur.trop-long.2000");
            throw new DeclarationInvalideException(e.liste());
        }
    }

    // ---- the same déclaration with one step's content replaced (the saves of SaisieDeclarations) ----

    DeclarationSejour avecId(long x) {
        return new DeclarationSejour(x, numero, statut, organismeId, departementSuivi, informations,
                vacanciers, personnel, equipe, projet, transport, sanitaire, hebergements, attestation, version);
    }

    DeclarationSejour avecInformations(InformationsGenerales x) {
        return new DeclarationSejour(id, numero, statut, organismeId, departementSuivi, x,
                vacanciers, personnel, equipe, projet, transport, sanitaire, hebergements, attestation, version);
    }

    DeclarationSejour avecVacanciers(Vacanciers x) {
        return new DeclarationSejour(id, numero, statut, organismeId, departementSuivi, informations,
                x, personnel, equipe, projet, transport, sanitaire, hebergements, attestation, version);
    }

    DeclarationSejour avecPersonnel(PersonnelPrevu x) {
        return new DeclarationSejour(id, numero, statut, organismeId, departementSuivi, informations,
                vacanciers, x, equipe, projet, transport, sanitaire, hebergements, attestation, version);
    }

    DeclarationSejour avecEquipe(Equipe x) {
        return new DeclarationSejour(id, numero, statut, organismeId, departementSuivi, informations,
                vacanciers, personnel, x, projet, transport, sanitaire, hebergements, attestation, version);
    }

    DeclarationSejour avecProjet(ProjetSejour x) {
        return new DeclarationSejour(id, numero, statut, organismeId, departementSuivi, informations,
                vacanciers, personnel, equipe, x, transport, sanitaire, hebergements, attestation, version);
    }

    DeclarationSejour avecTransport(ProtocoleTransport x) {
        return new DeclarationSejour(id, numero, statut, organismeId, departementSuivi, informations,
                vacanciers, personnel, equipe, projet, x, sanitaire, hebergements, attestation, version);
    }

    DeclarationSejour avecSanitaire(ProtocoleSanitaire x) {
        return new DeclarationSejour(id, numero, statut, organismeId, departementSuivi, informations,
                vacanciers, personnel, equipe, projet, transport, x, hebergements, attestation, version);
    }

    DeclarationSejour avecHebergements(SelectionHebergements x) {
        return new DeclarationSejour(id, numero, statut, organismeId, departementSuivi, informations,
                vacanciers, personnel, equipe, projet, transport, sanitaire, x, attestation, version);
    }
}
