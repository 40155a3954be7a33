package fr.vao.agrement;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.document.Categorie;
import fr.vao.document.DocumentStocke;
import fr.vao.document.Documents;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * The DREETS instruction of the agrément requests (spec §1.2, §1.3, §2.6; ADR 0027), enforced here for every page
 * and action: the regional agents of the région d'obtention see and instruct, whatever their roles (no BO role
 * governs agréments); national agents see every région, read-only; departmental agents get nothing (403). Drafts
 * are the organiser's: never shown. Each action checks what it needs (comment, document, numéro) and goes through
 * {@link CycleAgrement#appliquer}, on the version the agent saw; its document is attached in the same transaction.
 */
@Service
public class InstructionAgrements {

    /** The minimum length of the comment of a request for complements or corrections (spec §2.6). */
    public static final int COMMENTAIRE_MIN = 20;
    /** The minimum length of a numéro d'agrément (spec §2.6); the column holds 30. */
    public static final int NUMERO_MIN = 5;
    public static final int NUMERO_MAX = 30;

    /** The document each action takes, and whether it requires one. */
    public enum Piece {
        COMPLEMENTS(ActionAgrement.DEMANDER_COMPLEMENTS, Categorie.AGR_AMODIFIER, false),
        COMPLETUDE(ActionAgrement.CONFIRMER_COMPLETUDE, Categorie.AGR_COMPLETUDE, true),
        CORRECTIONS(ActionAgrement.DEMANDER_CORRECTIONS, Categorie.AGR_ACORRIGER, false),
        REFUS(ActionAgrement.REFUSER, Categorie.AGR_REFUS, true),
        VALIDATION(ActionAgrement.VALIDER, Categorie.AGR_ARRETE_AGREMENT, true);

        private final ActionAgrement action;
        private final Categorie categorie;
        private final boolean obligatoire;

        Piece(ActionAgrement action, Categorie categorie, boolean obligatoire) {
            this.action = action;
            this.categorie = categorie;
            this.obligatoire = obligatoire;
        }

        public ActionAgrement action() {
            return action;
        }

        public Categorie categorie() {
            return categorie;
        }

        public boolean obligatoire() {
            return obligatoire;
        }

        public static Piece de(ActionAgrement action) {
            for (Piece p : values()) {
                if (p.action == action) {
                    return p;
                }
            }
            return null;
        }
    }

    private final DemandesAgrement demandes;
    private final ListeAgrements liste;
    private final CycleAgrement cycle;
    private final Documents documents;

    InstructionAgrements(DemandesAgrement demandes, ListeAgrements liste, CycleAgrement cycle, Documents documents) {
        this.demandes = demandes;
        this.liste = liste;
        this.cycle = cycle;
        this.documents = documents;
    }

    /** Whether this user sees the agents' agrément pages at all: a regional or a national agent. */
    public static boolean consulte(UtilisateurConnecte u) {
        return u.portail() == Portail.BO && (u.estRegional() || u.estNational());
    }

    /** The région the list is filtered on (null: all, for a national agent); 403 for anyone else. */
    public String region(UtilisateurConnecte u) {
        if (!consulte(u)) {
            throw new AccessDeniedException("Agréments : agents régionaux et nationaux seulement");
        }
        return u.estNational() ? null : u.territoireCode();
    }

    /** Whether this agent instructs this agrément: a regional agent of its région d'obtention. */
    public static boolean instruit(UtilisateurConnecte u, DemandeAgrement a) {
        return u.portail() == Portail.BO && u.estRegional() && u.territoireCode().equals(a.regionObtention());
    }

    /** Whether this agent sees this agrément (its région, or national), drafts excepted; no exception. */
    static boolean voit(UtilisateurConnecte u, DemandeAgrement a) {
        return consulte(u) && a.statut() != StatutAgrement.BROUILLON
                && (u.estNational() || u.territoireCode().equals(a.regionObtention()));
    }

    /** An agrément this agent sees, else 404 (403 for a departmental agent). */
    @Transactional(readOnly = true)
    public DemandeAgrement lire(UtilisateurConnecte u, long id) {
        region(u);
        return demandes.trouver(id).filter(a -> voit(u, a)).orElseThrow(AgrementIntrouvableException::new);
    }

    @Transactional(readOnly = true)
    public long compter(UtilisateurConnecte u, FiltreAgrements f) {
        return liste.compter(region(u), f);
    }

    @Transactional(readOnly = true)
    public List<LigneAgrement> page(UtilisateurConnecte u, FiltreAgrements f, String tri, boolean desc, int taille,
            int decalage) {
        return liste.page(region(u), f, tri, desc, taille, decalage);
    }

    @Transactional(readOnly = true)
    public Map<StatutAgrement, Long> parStatut(UtilisateurConnecte u) {
        return liste.parStatut(region(u));
    }

    /** The name of the organisme of an agrément this agent sees. */
    @Transactional(readOnly = true)
    public String nomOrganisme(long id) {
        return liste.organisme(id).map(o -> o[0]).orElse("");
    }

    /** How many agréments this agent sees whose latest message, the organiser's, is unread. */
    @Transactional(readOnly = true)
    public long messagesNonLus(UtilisateurConnecte u) {
        return liste.nonLus(region(u));
    }

    /** The CSV of the filtered list (spec §2.13): the rows handed to {@code sortie} inside the transaction. */
    @Transactional(readOnly = true)
    public void exporter(UtilisateurConnecte u, FiltreAgrements f, String tri, boolean desc,
            Consumer<Stream<LigneAgrement>> sortie) {
        try (Stream<LigneAgrement> lignes = liste.exporter(region(u), f, tri, desc)) {
            sortie.accept(lignes);
        }
    }

    /** The documents of an agrément this agent sees (uploaded by either side, or generated), oldest first. */
    @Transactional(readOnly = true)
    public List<DocumentStocke> documents(UtilisateurConnecte u, long id) {
        lire(u, id);
        return documents.rattaches(AgrementsOrganisme.TYPE_DOCUMENT, id);
    }

    /** Takes the request in charge (TRANSMIS → PRIS_EN_CHARGE). */
    @Transactional
    public DemandeAgrement prendreEnCharge(UtilisateurConnecte u, long id, int version) {
        aInstruire(u, id);
        return cycle.appliquer(id, version, ActionAgrement.PRENDRE_EN_CHARGE, AuteurAgrement.de(u), null, null);
    }

    /**
     * What this action requires before anything is stored: the comment of complements and corrections (20
     * characters), the numéro of a validation (5 to 30 characters).
     *
     * @return the message key of the first rule broken, null when none
     */
    public static String refus(Piece piece, String commentaire, String numero) {
        String c = commentaire == null ? "" : commentaire.strip();
        if ((piece == Piece.COMPLEMENTS || piece == Piece.CORRECTIONS) && c.length() < COMMENTAIRE_MIN) {
            return "instruction-agrement.erreur.commentaire";
        }
        if (c.length() > 4000) {
            return "instruction-agrement.erreur.commentaire-long";
        }
        if (piece == Piece.VALIDATION) {
            String n = numero == null ? "" : numero.strip();
            if (n.length() < NUMERO_MIN || n.length() > NUMERO_MAX) {
                return "instruction-agrement.erreur.numero";
            }
        }
        return null;
    }

    /**
     * Applies a decision of the DREETS with its document (already stored by {@link Documents#deposer} in the
     * category of the action, or null), attached to the agrément in the same transaction.
     *
     * @throws AgrementRefuseException when a rule is broken (comment, numéro, document required)
     * @throws AgrementModifieException when the agrément changed since {@code version}
     * @throws TransitionAgrementInterditeException when its status does not allow the action
     */
    @Transactional
    public DemandeAgrement decider(UtilisateurConnecte u, long id, int version, Piece piece, String commentaire,
            String numero, DocumentStocke document) {
        aInstruire(u, id);
        String cle = refus(piece, commentaire, numero);
        if (cle != null) {
            throw new AgrementRefuseException(cle);
        }
        if (document == null && piece.obligatoire()) {
            throw new AgrementRefuseException("instruction-agrement.erreur.document." + piece.name());
        }
        if (document != null && document.categorie() != piece.categorie()) {
            throw new IllegalArgumentException("Catégorie " + document.categorie() + " pour " + piece);
        }
        String c = commentaire == null || commentaire.isBlank() ? null : commentaire.strip();
        DemandeAgrement apres = cycle.appliquer(id, version, piece.action(), AuteurAgrement.de(u), c, numero);
        if (document != null && !documents.rattacher(document.id(), AgrementsOrganisme.TYPE_DOCUMENT, id, u)) {
            throw new AgrementRefuseException("instruction-agrement.erreur.document");
        }
        return apres;
    }

    private DemandeAgrement aInstruire(UtilisateurConnecte u, long id) {
        DemandeAgrement a = lire(u, id);
        if (!instruit(u, a)) {
            throw new AccessDeniedException("Seule la DREETS de la région d'obtention instruit l'agrément");
        }
        return a;
    }
}
