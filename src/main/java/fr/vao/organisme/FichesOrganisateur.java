package fr.vao.organisme;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.compte.ComptesOrganisateurs;
import fr.vao.compte.RolesOrganisateurs;
import fr.vao.document.Categorie;
import fr.vao.document.DocumentStocke;
import fr.vao.document.Documents;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.territoire.Territoire;
import fr.vao.territoire.Territoires;

/**
 * The use cases of the fiche organisateur for its members (spec §2.5): each step saved on its own when valid, every
 * change recorded field by field, the finalisation checked on the server.
 */
@Service
public class FichesOrganisateur {

    /** The type of object the documents of the protocols are attached to: the organisme holding the protocols. */
    public static final String DOCUMENTS_PROTOCOLES = "organisme-protocoles";

    private final Organismes organismes;
    private final ComptesOrganisateurs comptes;
    private final RolesOrganisateurs roles;
    private final Territoires territoires;
    private final Documents documents;
    private final Clock horloge;

    FichesOrganisateur(Organismes organismes, ComptesOrganisateurs comptes, RolesOrganisateurs roles,
            Territoires territoires, Documents documents, Clock horloge) {
        this.documents = documents;
        this.organismes = organismes;
        this.comptes = comptes;
        this.roles = roles;
        this.territoires = territoires;
        this.horloge = horloge;
    }

    /** The organisme of this organiser user, if step 1 was saved. */
    @Transactional(readOnly = true)
    public Optional<Organisme> organismeDe(UtilisateurConnecte utilisateur) {
        return organismes.duMembre(utilisateur.id());
    }

    /**
     * The organismes sharing this SIREN (a siège and its établissements secondaires): a siège's users see what they
     * registered (spec §1.1, cross-establishment visibility).
     */
    @Transactional(readOnly = true)
    public List<Organisme> organismesDuSiren(String siren) {
        return organismes.parSiren(siren);
    }

    @Transactional(readOnly = true)
    public Optional<Fiche> ficheDe(UtilisateurConnecte utilisateur) {
        return organismes.duMembre(utilisateur.id()).map(this::fiche);
    }

    /** The organisme alone, without its fiche's sections (one query: for the pages that only need its SIRET). */
    public Optional<Organisme> organisme(long organismeId) {
        return organismes.trouver(organismeId);
    }

    @Transactional(readOnly = true)
    public Optional<Fiche> fiche(long organismeId) {
        return organismes.trouver(organismeId).map(this::fiche);
    }

    Fiche fiche(Organisme o) {
        Optional<Organisme> siege = o.estEtablissementSecondaire() ? siegeDe(o.siren()) : Optional.empty();
        long protocoles = siege.map(Organisme::id).orElse(o.id());
        return new Fiche(o, o.estPersonneMorale() ? organismes.morale(o.id()) : Optional.empty(),
                o.estPersonneMorale() ? Optional.empty() : organismes.physique(o.id()),
                o.estSiege() ? organismes.etablissements(o.id()) : List.of(), organismes.transport(protocoles),
                organismes.sanitaire(protocoles), o.estEtablissementSecondaire(),
                documents.rattaches(DOCUMENTS_PROTOCOLES, protocoles));
    }

    /**
     * The fiche's SIRET: its organisme's (which a SIRET change may have moved on), else the one the organiser
     * declared at registration.
     */
    @Transactional(readOnly = true)
    public String siretDeLaFiche(UtilisateurConnecte utilisateur) {
        return organismes.duMembre(utilisateur.id()).map(Organisme::siret)
                .orElseGet(() -> comptes.trouver(utilisateur.id()).orElseThrow().siret());
    }

    /** The siège social registered in VAO for this SIREN (a personne morale porteuse d'agrément). */
    @Transactional(readOnly = true)
    public Optional<Organisme> siegeDe(String siren) {
        return organismes.parSiren(siren).stream().filter(Organisme::estSiege).findFirst();
    }

    /** Step 1 of a personne morale: creates the organisme on the first save (or joins the one of this SIRET). */
    @Transactional
    public Organisme enregistrer(UtilisateurConnecte u, RenseignementsMorale r, String codeCommune,
            Integer versionVue) {
        verifierValide(r.erreurs());
        if (!r.siret().equals(siretDeLaFiche(u))) {
            throw new FicheRefuseeException("organisme.refus.siret-du-compte");
        }
        Organisme o = organismeAModifier(u, TypeOrganisme.PERSONNE_MORALE, r.siret(), r.porteurAgrement(), versionVue);
        RenseignementsMorale complete = r;
        if (r.porteurAgrement()) {
            siegeDe(o.siren()).filter(s -> s.id() != o.id()).ifPresent(s -> {
                throw new FicheRefuseeException("organisme.refus.siege-deja-inscrit");
            });
            complete = avecSiege(r, null);
        } else {
            Organisme siege = siegeDe(o.siren())
                    .orElseThrow(() -> new FicheRefuseeException("organisme.refus.siege-absent"));
            if (!organismes.estAutoriseParSiege(siege.id(), r.siret())) {
                throw new FicheRefuseeException("organisme.refus.non-autorise-par-siege");
            }
            complete = avecSiege(r, siege.siret());
        }
        Optional<RenseignementsMorale> avant = organismes.morale(o.id());
        OffsetDateTime le = OffsetDateTime.now(horloge);
        organismes.enregistrer(o.id(), complete, !complete.memeIdentite(avant.orElse(null)), u.id(), le);
        localiser(o, codeCommune, u);
        historiser(o, Section.RENSEIGNEMENTS, avant.map(RenseignementsMorale::champs).orElse(Map.of()),
                complete.champs(), u, le);
        return organismes.trouver(o.id()).orElseThrow();
    }

    private static RenseignementsMorale avecSiege(RenseignementsMorale r, String siretSiege) {
        return new RenseignementsMorale(r.porteurAgrement(), r.siret(), siretSiege, r.raisonSociale(),
                r.nomCommercial(), r.categorieJuridique(), r.adresse(), r.pays(), r.email(), r.telephone(),
                r.representants(), r.responsable(), r.verifiee(), r.latitude(), r.longitude());
    }

    /** Step 1 of a personne physique: one organisme per SIRET. */
    @Transactional
    public Organisme enregistrer(UtilisateurConnecte u, RenseignementsPhysique r, String codeCommune,
            Integer versionVue) {
        verifierValide(r.erreurs());
        if (!r.siret().equals(siretDeLaFiche(u))) {
            throw new FicheRefuseeException("organisme.refus.siret-du-compte");
        }
        Organisme o = organismeAModifier(u, TypeOrganisme.PERSONNE_PHYSIQUE, r.siret(), true, versionVue);
        Optional<RenseignementsPhysique> avant = organismes.physique(o.id());
        OffsetDateTime le = OffsetDateTime.now(horloge);
        organismes.enregistrer(o.id(), r, !r.memeIdentite(avant.orElse(null)), u.id(), le);
        localiser(o, codeCommune, u);
        historiser(o, Section.RENSEIGNEMENTS, avant.map(RenseignementsPhysique::champs).orElse(Map.of()), r.champs(),
                u, le);
        return organismes.trouver(o.id()).orElseThrow();
    }

    /** The département and région of the organisme's address; the account's région when INSEE gave no commune. */
    void localiser(Organisme o, String codeCommune, UtilisateurConnecte u) {
        Optional<Territoire> departement = codeCommune == null ? Optional.empty()
                : territoires.departementDeCommune(codeCommune);
        String region = departement.map(Territoire::parentCode)
                .orElseGet(() -> comptes.trouver(u.id()).map(ComptesOrganisateurs.CompteOrganisateur::regionCode)
                        .orElse(null));
        organismes.localiser(o.id(), departement.map(Territoire::code).orElse(null), region);
    }

    /**
     * The organisme the user edits: theirs, else the one of this SIRET (which they join), else a new one. Its kind and
     * its place (siège or établissement secondaire) are fixed by the first save.
     */
    private Organisme organismeAModifier(UtilisateurConnecte u, TypeOrganisme type, String siret, boolean porteur,
            Integer versionVue) {
        OffsetDateTime le = OffsetDateTime.now(horloge);
        Optional<Organisme> existant = organismes.duMembre(u.id());
        if (existant.isEmpty()) {
            existant = organismes.parSiret(siret);
            existant.ifPresent(o -> organismes.rattacher(u.id(), o.id(), le));
        } else if (versionVue != null && existant.get().version() != versionVue) {
            throw new FicheRefuseeException("organisme.refus.conflit");
        }
        if (existant.isEmpty()) {
            long id = organismes.creer(type, siret, porteur, u.id(), le);
            // the creator of a personne physique or of a siège social manages the EIG (spec §1.1)
            if (type == TypeOrganisme.PERSONNE_PHYSIQUE || porteur) {
                roles.accorderAuCreateur(u.id());
            }
            return organismes.verrouiller(id).orElseThrow();
        }
        Organisme o = organismes.verrouiller(existant.get().id()).orElseThrow();
        if (o.type() != type || o.porteurAgrement() != porteur) {
            throw new FicheRefuseeException("organisme.refus.type-fixe");
        }
        return o;
    }

    /** Step 2: replaces the établissements secondaires by INSEE's list (fetched by the caller, outside any transaction). */
    @Transactional
    public void synchroniser(UtilisateurConnecte u, List<Etablissement> insee) {
        Organisme o = siegeAModifier(u);
        organismes.synchroniser(o.id(), insee, OffsetDateTime.now(horloge));
    }

    /** Step 2: enables or disables an établissement secondaire; only one "en activité" can be enabled. */
    @Transactional
    public void autoriser(UtilisateurConnecte u, String siret, boolean autorise) {
        Organisme o = siegeAModifier(u);
        Optional<Etablissement> avant = organismes.etablissements(o.id()).stream()
                .filter(e -> e.siret().equals(siret)).findFirst();
        if (avant.isEmpty()) {
            throw new FicheRefuseeException("organisme.refus.etablissement-inconnu");
        }
        if (!organismes.autoriser(o.id(), siret, autorise)) {
            throw new FicheRefuseeException("organisme.refus.etablissement-ferme");
        }
        if (avant.get().autorise() != autorise) {
            OffsetDateTime le = OffsetDateTime.now(horloge);
            organismes.historiser(o.id(), List.of(new Historique(Section.ETABLISSEMENTS, "etablissement",
                    siret + (avant.get().autorise() ? " : autorisé" : " : non autorisé"),
                    siret + (autorise ? " : autorisé" : " : non autorisé"), auteur(u), le)));
        }
    }

    private Organisme siegeAModifier(UtilisateurConnecte u) {
        Organisme o = organismes.duMembre(u.id())
                .orElseThrow(() -> new FicheRefuseeException("organisme.refus.etape1-d-abord"));
        if (!o.estSiege()) {
            throw new FicheRefuseeException("organisme.refus.siege-seulement");
        }
        return organismes.verrouiller(o.id()).orElseThrow();
    }

    /** Step 3 or 4, with its documents: all saved together, or nothing when anything is refused. */
    @Transactional
    public void enregistrer(UtilisateurConnecte u, Protocole p, ModificationDocuments fichiers, Integer versionVue) {
        verifierValide(p.erreurs());
        Organisme o = porteurAModifier(u, versionVue);
        Protocole normalise = p.normalise();
        Optional<? extends Protocole> actuel = p instanceof ProtocoleTransport ? organismes.transport(o.id())
                : organismes.sanitaire(o.id());
        Map<String, String> avant = new LinkedHashMap<>(actuel.map(Protocole::champs).orElse(Map.of()));
        Map<String, String> apres = new LinkedHashMap<>(normalise.champs());
        modifierDocuments(o, p.categorieDocuments(), fichiers, u, avant, apres);
        OffsetDateTime le = OffsetDateTime.now(horloge);
        if (normalise instanceof ProtocoleTransport transport) {
            organismes.enregistrer(o.id(), transport, le);
        } else {
            organismes.enregistrer(o.id(), (ProtocoleSanitaire) normalise, le);
        }
        historiser(o, p.section(), avant, apres, u, le);
    }

    /**
     * Removes the step's documents the user took off and attaches the ones they uploaded for it (only their own, not
     * yet attached, of this step's category); the names before and after go to the history as the field "documents".
     */
    private void modifierDocuments(Organisme o, Categorie categorie, ModificationDocuments fichiers,
            UtilisateurConnecte u, Map<String, String> avant, Map<String, String> apres) {
        List<DocumentStocke> actuels = documents.rattaches(DOCUMENTS_PROTOCOLES, o.id()).stream()
                .filter(d -> d.categorie() == categorie).toList();
        avant.put("documents", noms(actuels));
        List<DocumentStocke> restants = new ArrayList<>();
        for (DocumentStocke d : actuels) {
            if (fichiers.retraits().contains(d.id())) {
                documents.supprimer(d.id(), DOCUMENTS_PROTOCOLES, o.id());
            } else {
                restants.add(d);
            }
        }
        for (UUID id : fichiers.ajouts()) {
            if (restants.stream().anyMatch(d -> d.id().equals(id))) {
                continue;
            }
            DocumentStocke nouveau = documents.decrire(id, u).filter(d -> d.categorie() == categorie)
                    .filter(d -> documents.rattacher(id, DOCUMENTS_PROTOCOLES, o.id(), u))
                    .orElseThrow(() -> new FicheRefuseeException("organisme.refus.document"));
            restants.add(nouveau);
        }
        apres.put("documents", noms(restants));
    }

    private static String noms(List<DocumentStocke> documents) {
        return String.join(", ", documents.stream().map(DocumentStocke::nom).toList());
    }

    /** The protocols belong to the siège: an établissement secondaire reads its siège's. */
    private Organisme porteurAModifier(UtilisateurConnecte u, Integer versionVue) {
        Organisme o = organismes.duMembre(u.id())
                .orElseThrow(() -> new FicheRefuseeException("organisme.refus.etape1-d-abord"));
        if (o.estEtablissementSecondaire()) {
            throw new FicheRefuseeException("organisme.refus.protocoles-du-siege");
        }
        if (versionVue != null && o.version() != versionVue) {
            throw new FicheRefuseeException("organisme.refus.conflit");
        }
        return organismes.verrouiller(o.id()).orElseThrow();
    }

    /** Step 5: the fiche becomes complete when every section is; refused with the incomplete ones otherwise. */
    @Transactional
    public List<Section> finaliser(UtilisateurConnecte u) {
        Organisme o = organismes.duMembre(u.id())
                .orElseThrow(() -> new FicheRefuseeException("organisme.refus.etape1-d-abord"));
        organismes.verrouiller(o.id());
        List<Section> incompletes = fiche(o).incompletes();
        if (incompletes.isEmpty() && !o.complet()) {
            OffsetDateTime le = OffsetDateTime.now(horloge);
            organismes.modifier(o.id(), o.porteurAgrement(), true, le);
            organismes.historiser(o.id(), List.of(new Historique(Section.RENSEIGNEMENTS, "complet", "Non", "Oui",
                    auteur(u), le)));
        }
        return incompletes;
    }

    @Transactional(readOnly = true)
    public int nombreHistorique(long organismeId) {
        return organismes.nombreHistorique(organismeId);
    }

    @Transactional(readOnly = true)
    public List<Historique> historique(long organismeId, int decalage, int taille) {
        return organismes.historique(organismeId, decalage, taille);
    }

    /** Records the changes; a change makes the fiche a new version, and an incomplete one incomplete. */
    private void historiser(Organisme o, Section section, Map<String, String> avant, Map<String, String> apres,
            UtilisateurConnecte u, OffsetDateTime le) {
        List<Historique> changes = Historique.differences(section, avant, apres, auteur(u), le);
        organismes.historiser(o.id(), changes);
        organismes.modifier(o.id(), o.porteurAgrement(), o.complet() && fiche(o).incompletes().isEmpty(), le);
    }

    static String auteur(UtilisateurConnecte u) {
        return u.nomComplet() + " (" + u.email() + ")";
    }

    private static void verifierValide(Erreurs erreurs) {
        if (!erreurs.aucune()) {
            throw new FicheInvalideException(erreurs.liste());
        }
    }
}
