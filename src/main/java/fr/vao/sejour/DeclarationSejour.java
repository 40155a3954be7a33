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
        InformationsGenerales informations, Vacanciers vacanciers, PersonnelPrevu personnel, ProjetSejour projet,
        ProtocoleTransport transport, ProtocoleSanitaire sanitaire, SelectionHebergements hebergements,
        Attestation attestation, int version) {

    /** Comments of a complement request: at least this many characters (spec §2.8.4). */
    public static final int COMMENTAIRE_MIN = 5;

    /** The rule violations of each step of the 2-month declaration, as of that day (synthèse, submission). */
    public Map<EtapeDeclaration, Erreurs> erreursParEtape(LocalDate aujourdhui) {
        Map<EtapeDeclaration, Erreurs> m = new EnumMap<>(EtapeDeclaration.class);
        m.put(EtapeDeclaration.INFORMATIONS, informations.erreurs(aujourdhui, !statut.enregistree8Jours()));
        m.put(EtapeDeclaration.VACANCIERS, vacanciers.erreurs());
        m.put(EtapeDeclaration.PERSONNEL, personnel.erreurs(statut.phase8Jours()));
        m.put(EtapeDeclaration.PROJET, projet.erreurs());
        m.put(EtapeDeclaration.TRANSPORT, protocole(transport == null ? null : transport.erreurs().liste()));
        m.put(EtapeDeclaration.SANITAIRE, protocole(sanitaire == null ? null : sanitaire.erreurs().liste()));
        m.put(EtapeDeclaration.HEBERGEMENTS, hebergements.erreurs(informations.dateDebut(), informations.dateFin()));
        return m;
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

    /** The organiser saves a step: only in the statuses of §2.8.1. */
    public void verifierModifiable() {
        statut.apres(Action.MODIFIER);
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
}
