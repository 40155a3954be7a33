package fr.vao.hebergement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.document.Documents;
import fr.vao.organisme.Organisme;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * The use cases of the hébergements, each checking who may do it to which hébergement (spec §1.1, §1.3): the
 * organiser's organisme owns and edits its hébergements; a siège's users also read those of its SIREN's
 * établissements; an agent reads the actif ones located in its perimeter. Anything else is "introuvable" (404).
 */
@Service
public class GestionHebergements {

    /** The type of object the documents of an hébergement are attached to ({@code Documents#rattacher}). */
    public static final String RATTACHEMENT = "HEBERGEMENT";
    /** At most this many points on the map; beyond, the server groups them by grid cell. */
    public static final int POINTS_MAX = 2000;

    private final Hebergements hebergements;
    private final PerimetreHebergements perimetre;
    private final Documents documents;
    private final Clock horloge;

    GestionHebergements(Hebergements hebergements, PerimetreHebergements perimetre, Documents documents,
            Clock horloge) {
        this.hebergements = hebergements;
        this.perimetre = perimetre;
        this.documents = documents;
        this.horloge = horloge;
    }

    public LocalDate aujourdhui() {
        return LocalDate.now(horloge.withZone(java.time.ZoneId.of("Europe/Paris")));
    }

    // ---- organiser ----

    /** The organisme of the organiser (empty until step 1 of its fiche is saved). */
    public Optional<Organisme> organismeDe(UtilisateurConnecte u) {
        return perimetre.organismeDe(u);
    }

    private List<Long> visibles(Organisme o) {
        return perimetre.visibles(o);
    }

    /** An hébergement this organiser may see (its own, or its SIREN's for a siège), else 404. */
    @Transactional(readOnly = true)
    public Hebergement lire(Organisme o, UUID hebergementId) {
        return hebergements.courant(hebergementId).filter(h -> visibles(o).contains(h.organismeId()))
                .orElseThrow(HebergementIntrouvableException::new);
    }

    /** Whether this organisme edits this hébergement (others see it read-only). */
    public boolean modifiable(Organisme o, Hebergement h) {
        return h.organismeId() == o.id();
    }

    public record Page(long total, List<LigneHebergement> lignes) {
    }

    @Transactional(readOnly = true)
    public Page liste(Organisme o, String nom, String adresse, Statut statut, String tri, boolean desc, int taille,
            int decalage) {
        Hebergements.FiltreOrganisateur f = new Hebergements.FiltreOrganisateur(nom, adresse, statut);
        List<Long> organismes = visibles(o);
        return new Page(hebergements.compterOrganisateur(organismes, f),
                hebergements.listeOrganisateur(organismes, f, cleTri(tri), desc, taille, decalage));
    }

    public static String cleTri(String tri) {
        return tri != null && Hebergements.TRIS.containsKey(tri) ? tri : "nom";
    }

    /** Creates an hébergement, as a draft or actif; its new documents are attached to it. */
    @Transactional
    public UUID creer(UtilisateurConnecte u, Organisme o, FicheHebergement fiche, boolean activer) {
        Hebergement.Enregistrement e = Hebergement.creer(fiche, activer, aujourdhui());
        UUID id = UUID.randomUUID();
        long ligne = hebergements.inserer(id, e.statut(), o.id(), e.fiche(), 0, u.id(), maintenant());
        rattacher(u, ligne, e.fiche(), FicheHebergement.vide());
        return id;
    }

    /**
     * Saves the form over an existing hébergement: a draft in place (activated when asked, fully validated), an
     * actif one as a new version (the old row kept, no longer current).
     */
    @Transactional
    public Hebergement.Effet enregistrer(UtilisateurConnecte u, Organisme o, UUID hebergementId, int versionVue,
            FicheHebergement fiche, boolean activer) {
        Hebergement h = aModifier(o, hebergementId, versionVue);
        Hebergement.Enregistrement e = h.modifier(fiche, activer, aujourdhui());
        long ligne = h.ligne();
        if (e.effet() == Hebergement.Effet.NOUVELLE_VERSION) {
            hebergements.archiver(h.ligne());
            ligne = hebergements.inserer(h.hebergementId(), e.statut(), h.organismeId(), e.fiche(), h.version() + 1,
                    u.id(), maintenant());
        } else {
            hebergements.mettreAJour(ligne, e.statut(), e.fiche(), h.version() + 1, u.id(), maintenant());
        }
        rattacher(u, ligne, e.fiche(), h.fiche());
        return e.effet();
    }

    @Transactional
    public void desactiver(UtilisateurConnecte u, Organisme o, UUID hebergementId, int versionVue) {
        Hebergement h = aModifier(o, hebergementId, versionVue);
        hebergements.changerStatut(h.ligne(), h.desactiver(), h.version() + 1, u.id(), maintenant());
    }

    @Transactional
    public void reactiver(UtilisateurConnecte u, Organisme o, UUID hebergementId, int versionVue) {
        Hebergement h = aModifier(o, hebergementId, versionVue);
        hebergements.changerStatut(h.ligne(), h.reactiver(), h.version() + 1, u.id(), maintenant());
    }

    /**
     * The version of an hébergement a déclaration de séjour points to (its row), for the documents generated from the
     * déclaration (spec §2.12, fiche annexe). No access check here: the caller has checked the déclaration.
     */
    @Transactional(readOnly = true)
    public Optional<Hebergement> version(long ligne) {
        return hebergements.parLigne(ligne);
    }

    /** Number of stored versions (rows) of an hébergement. */
    @Transactional(readOnly = true)
    public int versions(UUID hebergementId) {
        return hebergements.versions(hebergementId);
    }

    private Hebergement aModifier(Organisme o, UUID hebergementId, int versionVue) {
        Hebergement h = hebergements.verrouiller(hebergementId).filter(x -> visibles(o).contains(x.organismeId()))
                .orElseThrow(HebergementIntrouvableException::new);
        if (!modifiable(o, h)) {
            throw new AccessDeniedException("Hébergement d'un autre établissement : lecture seule");
        }
        if (h.version() != versionVue) {
            throw new TransitionInterditeException("hebergement.refus.conflit");
        }
        return h;
    }

    /**
     * Attaches the documents new in this save; a document kept from the previous version is already attached. A
     * document that is not this user's (or attached elsewhere) is refused on its field, and nothing is stored.
     */
    private void rattacher(UtilisateurConnecte u, long ligne, FicheHebergement fiche, FicheHebergement avant) {
        Map<String, UUID> champs = new LinkedHashMap<>();
        champs.put("attestationSecurite", fiche.attestationSecurite());
        champs.put("arreteMaire", fiche.arreteMaire());
        champs.put("reponseExploitant", fiche.reponseExploitant());
        Erreurs erreurs = new Erreurs();
        champs.forEach((champ, id) -> {
            if (id != null && !avant.documents().contains(id)
                    && !documents.rattacher(id, RATTACHEMENT, ligne, u)) {
                erreurs.ajouter(champ, "hebergement.erreur.document");
            }
        });
        if (!erreurs.aucune()) {
            throw new HebergementInvalideException(erreurs.liste());
        }
    }

    private OffsetDateTime maintenant() {
        return OffsetDateTime.now(horloge);
    }

    // ---- back office ----

    private List<String> departements(UtilisateurConnecte agent) {
        return perimetre.departements(agent);
    }

    @Transactional(readOnly = true)
    public Page actifs(UtilisateurConnecte agent, String recherche, String tri, boolean desc, int taille,
            int decalage) {
        List<String> deps = departements(agent);
        return new Page(hebergements.compterActifs(deps, recherche),
                hebergements.actifs(deps, recherche, cleTri(tri), desc, taille, decalage));
    }

    /** An actif hébergement of the agent's perimeter, else 404 (spec §2.7: the BO opens only actif ones). */
    @Transactional(readOnly = true)
    public Hebergement lireActif(UtilisateurConnecte agent, UUID hebergementId) {
        List<String> deps = departements(agent);
        return hebergements.courant(hebergementId).filter(h -> h.statut() == Statut.ACTIF)
                .filter(h -> deps == null || h.fiche().adresse() != null
                        && deps.contains(h.fiche().adresse().departement()))
                .orElseThrow(HebergementIntrouvableException::new);
    }

    /** The map of a bounding box: the hébergements, or groups of them when more than {@link #POINTS_MAX}. */
    public record Carte(long total, boolean groupes, List<PointCarte> points) {
    }

    @Transactional(readOnly = true)
    public Carte carte(UtilisateurConnecte agent, double ouest, double sud, double est, double nord) {
        List<String> deps = departements(agent);
        long total = hebergements.compterDansBoite(deps, ouest, sud, est, nord);
        if (total <= POINTS_MAX) {
            return new Carte(total, false, hebergements.pointsDansBoite(deps, ouest, sud, est, nord, POINTS_MAX));
        }
        double cellule = Math.max(nord - sud, est - ouest) / 40;
        return new Carte(total, true, hebergements.groupesDansBoite(deps, ouest, sud, est, nord, cellule));
    }
}
