package fr.vao.eig;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.agrement.Agrement;
import fr.vao.agrement.AgrementsOrganisme;
import fr.vao.audit.TypeEvenementAudit;
import fr.vao.compte.RolesOrganisateurs;
import fr.vao.organisme.FichesOrganisateur;
import fr.vao.organisme.Organisme;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.sejour.DeclarationsPourEig;
import fr.vao.sejour.SaisieDeclarations;
import fr.vao.territoire.Territoires;

/**
 * The organiser's EIG (spec §2.9): the eligible stays, the 4 steps of a draft, its deletion and its submission, the
 * list. Read: users holding Eig_Lecture or Eig_Ecriture of the organisme (or of its siège, for its établissements);
 * create, change, delete, submit: Eig_Ecriture only (rule 72). The roles are read from the database on every call,
 * so that a role withdrawn by a colleague applies at once.
 */
@Service
public class SaisieEig {

    /** At most this many stays offered by the search of step 1 (spec §2.9). */
    public static final int ELIGIBLES_MAX = 10;

    private final Eigs eigs;
    private final ListesEig listes;
    private final DeclarationsPourEig sejours;
    private final SaisieDeclarations declarations;
    private final FichesOrganisateur fiches;
    private final RolesOrganisateurs roles;
    private final AgrementsOrganisme agrements;
    private final Territoires territoires;
    private final NotificationsEig notifications;
    private final AuditEig audit;
    private final Clock horloge;

    SaisieEig(Eigs eigs, ListesEig listes, DeclarationsPourEig sejours, SaisieDeclarations declarations,
            FichesOrganisateur fiches, RolesOrganisateurs roles, AgrementsOrganisme agrements, Territoires territoires,
            NotificationsEig notifications, AuditEig audit, Clock horloge) {
        this.eigs = eigs;
        this.listes = listes;
        this.sejours = sejours;
        this.declarations = declarations;
        this.fiches = fiches;
        this.roles = roles;
        this.agrements = agrements;
        this.territoires = territoires;
        this.notifications = notifications;
        this.audit = audit;
        this.horloge = horloge;
    }

    /** Whether this organiser holds an EIG role (the menu, the tile, the déclaration's tab). */
    public boolean lecteur(UtilisateurConnecte u) {
        return u.portail() == Portail.FO && !roles.de(u.id()).isEmpty();
    }

    /** Whether this organiser holds Eig_Ecriture. */
    public boolean redacteur(UtilisateurConnecte u) {
        return u.portail() == Portail.FO && roles.de(u.id()).contains(RolesOrganisateurs.EIG_ECRITURE);
    }

    private Organisme organisme(UtilisateurConnecte u, boolean ecriture) {
        if (ecriture ? !redacteur(u) : !lecteur(u)) {
            throw new EigInterditException();
        }
        return fiches.organismeDe(u).orElseThrow(EigInterditException::new);
    }

    /** The organismes whose EIG this one's users see: its own, and its SIREN's for a siège (spec §1.1). */
    private List<Long> visibles(Organisme o) {
        return declarations.visibles(o);
    }

    public Map<String, TypeEvenement> catalogue() {
        return eigs.catalogue();
    }

    /** The stays an EIG may be declared on now, by the first letters of their title or numéro (spec §2.9). */
    @Transactional(readOnly = true)
    public List<DeclarationsPourEig.Sejour> eligibles(UtilisateurConnecte u, String recherche) {
        return sejours.eligibles(visibles(organisme(u, true)), recherche, ELIGIBLES_MAX);
    }

    /** An EIG and its stay, for its pages. */
    public record Vue(Eig eig, DeclarationsPourEig.Sejour sejour, boolean modifiable) {
    }

    @Transactional(readOnly = true)
    public Vue lire(UtilisateurConnecte u, long id) {
        Organisme o = organisme(u, false);
        Eig e = eigs.trouver(id).filter(x -> visibles(o).contains(x.organismeId()))
                .orElseThrow(EigIntrouvableException::new);
        return new Vue(e, sejours.sejour(e.declarationId()).orElseThrow(),
                e.statut() == StatutEig.BROUILLON && redacteur(u));
    }

    /** The EIG of a déclaration this organiser may read (its tab); none without an EIG role. */
    @Transactional(readOnly = true)
    public List<Eig> deLaDeclaration(UtilisateurConnecte u, long declarationId) {
        if (!lecteur(u)) {
            return List.of();
        }
        Optional<Organisme> o = fiches.organismeDe(u);
        if (o.isEmpty()) {
            return List.of();
        }
        List<Long> v = visibles(o.get());
        return eigs.deLaDeclaration(declarationId).stream().map(eigs::trouver).flatMap(Optional::stream)
                .filter(e -> v.contains(e.organismeId())).toList();
    }

    private DeclarationsPourEig.Sejour sejourEligible(Organisme o, long declarationId) {
        DeclarationsPourEig.Sejour s = sejours.sejour(declarationId)
                .filter(x -> visibles(o).contains(x.organismeId())).orElseThrow(EigIntrouvableException::new);
        if (!s.eligible(java.time.LocalDate.now(horloge.withZone(java.time.ZoneId.of("Europe/Paris"))))) {
            throw new EigRefuseException("eig.refus.sejour-non-eligible");
        }
        return s;
    }

    private Eig brouillon(UtilisateurConnecte u, long id, int version) {
        Organisme o = organisme(u, true);
        Eig e = eigs.verrouiller(id).filter(x -> visibles(o).contains(x.organismeId()))
                .orElseThrow(EigIntrouvableException::new);
        e.verifierModifiable();
        if (e.version() != version) {
            throw new EigRefuseException("eig.refus.conflit");
        }
        return e;
    }

    private OffsetDateTime maintenant() {
        return OffsetDateTime.now(horloge);
    }

    /** Step 1 of a new EIG: saving it creates the draft (spec §2.9). */
    @Transactional
    public long creer(UtilisateurConnecte u, long declarationId, String departement, java.time.LocalDate date) {
        Organisme o = organisme(u, true);
        DeclarationsPourEig.Sejour s = sejourEligible(o, declarationId);
        List<ErreurEig> e = Eig.erreursSelection(s, departement, date);
        if (!e.isEmpty()) {
            throw new EigInvalideException(e);
        }
        long id = eigs.inserer(s, u.id(), departement, date, maintenant());
        audit.publier(TypeEvenementAudit.EIG_CREE, u, id, null, eigs.trouver(id).orElseThrow());
        return id;
    }

    @Transactional
    public void enregistrerSelection(UtilisateurConnecte u, long id, int version, long declarationId,
            String departement, java.time.LocalDate date) {
        Eig avant = brouillon(u, id, version);
        DeclarationsPourEig.Sejour s = sejourEligible(organisme(u, true), declarationId);
        List<ErreurEig> e = Eig.erreursSelection(s, departement, date);
        if (!e.isEmpty()) {
            throw new EigInvalideException(e);
        }
        eigs.enregistrerSelection(id, version, s, departement, date, maintenant());
        modifie(u, avant);
    }

    @Transactional
    public void enregistrerTypes(UtilisateurConnecte u, long id, int version, List<TypeChoisi> types) {
        Eig avant = brouillon(u, id, version);
        List<ErreurEig> e = Eig.erreursTypes(types, eigs.catalogue());
        if (!e.isEmpty()) {
            throw new EigInvalideException(e);
        }
        eigs.enregistrerTypes(id, version, types, maintenant());
        modifie(u, avant);
    }

    @Transactional
    public void enregistrerRenseignements(UtilisateurConnecte u, long id, int version, List<Personne> personnel,
            String deroulement, String remediation, String victimes, String informations) {
        Eig avant = brouillon(u, id, version);
        List<ErreurEig> e = Eig.erreursRenseignements(personnel, deroulement, remediation, victimes, informations);
        if (!e.isEmpty()) {
            throw new EigInvalideException(e);
        }
        eigs.enregistrerRenseignements(id, version, personnel, deroulement, remediation, victimes, informations,
                maintenant());
        modifie(u, avant);
    }

    /** Step 4: the other recipients and the optional file, already stored by the document module. */
    @Transactional
    public void enregistrerRecapitulatif(UtilisateurConnecte u, long id, int version, List<String> emails,
            UUID fichier) {
        Eig avant = brouillon(u, id, version);
        List<String> propres = normaliser(emails);
        List<ErreurEig> e = Eig.erreursEmails(propres);
        if (!e.isEmpty()) {
            throw new EigInvalideException(e);
        }
        eigs.enregistrerRecapitulatif(id, version, propres, fichier == null ? avant.fichier() : fichier,
                maintenant());
        modifie(u, avant);
    }

    static List<String> normaliser(List<String> emails) {
        Set<String> s = new LinkedHashSet<>();
        for (String m : emails == null ? List.<String>of() : emails) {
            for (String x : m.split("[,;\\s]+")) {
                if (!x.isBlank()) {
                    s.add(x.strip().toLowerCase());
                }
            }
        }
        return new ArrayList<>(s);
    }

    private void modifie(UtilisateurConnecte u, Eig avant) {
        audit.publier(TypeEvenementAudit.EIG_MODIFIE, u, avant.id(), avant, eigs.trouver(avant.id()).orElseThrow());
    }

    @Transactional
    public void supprimer(UtilisateurConnecte u, long id, int version) {
        Eig avant = brouillon(u, id, version);
        eigs.supprimer(id);
        audit.publier(TypeEvenementAudit.EIG_SUPPRIME, u, id, avant, null);
    }

    /** The services that will be notified (step 4): the DDETS of the incident, the DREETS of the agrément. */
    public record Destinataires(String ddets, String dreets, List<String> organisateur, List<String> autres) {
    }

    @Transactional(readOnly = true)
    public Destinataires destinataires(Vue v) {
        return new Destinataires(v.eig().departement(), regionAgrement(v.sejour()).orElse(null),
                notifications.organisateur(v.eig().organismeId(), v.sejour().responsableEmail()),
                v.eig().emailsAutres());
    }

    /** The région of the agrément that applies to the stay's organisme (its siège's for an établissement). */
    private Optional<String> regionAgrement(DeclarationsPourEig.Sejour s) {
        return fiches.fiche(s.organismeId()).flatMap(f -> agrements.situation(f.organisme()).agrement())
                .map(Agrement::regionObtention).or(() -> Optional.ofNullable(s.agrementRegion()))
                .filter(r -> territoires.trouver(r).isPresent());
    }

    /**
     * "Transmettre": every step valid and certified; ENVOYE, visible to the agents concerned (ADR 0023), "Dépot d'un
     * eig" in the déclaration's history, mails E1–E4.
     */
    @Transactional
    public void transmettre(UtilisateurConnecte u, long id, int version, boolean certifie) {
        Eig avant = brouillon(u, id, version);
        DeclarationsPourEig.Sejour s = sejours.sejour(avant.declarationId()).orElseThrow();
        Map<String, TypeEvenement> catalogue = eigs.catalogue();
        avant.transmettre(s, catalogue, certifie);
        String region = regionAgrement(s).orElse(null);
        OffsetDateTime le = maintenant();
        eigs.transmettre(id, version, region, le);
        Set<String> territoiresVisibles = new LinkedHashSet<>();
        territoiresVisibles.add("FRA");
        territoiresVisibles.add(avant.departement());
        territoires.regionDe(avant.departement()).ifPresent(t -> territoiresVisibles.add(t.code()));
        if (s.departementSuivi() != null) {
            territoiresVisibles.add(s.departementSuivi());
        }
        if (region != null) {
            territoiresVisibles.add(region);
        }
        eigs.rendreVisible(id, territoiresVisibles, le);
        sejours.historiser(s.id(), u.prenom() + " " + u.nom(), u.id(), null, "eig_depot", "EIG " + id);
        Eig apres = eigs.trouver(id).orElseThrow();
        notifications.depot(apres, s, libellesTypes(apres, catalogue));
        audit.publier(TypeEvenementAudit.EIG_TRANSMIS, u, id, avant, apres);
    }

    /** The labels of its types, with their précision, for the mails, the pages and the PDF. */
    static List<String> libellesTypes(Eig e, Map<String, TypeEvenement> catalogue) {
        return e.types().stream().map(t -> {
            TypeEvenement type = catalogue.get(t.code());
            String libelle = type == null ? t.code() : type.autre() ? "Autre (" + categorie(type.categorie()) + ")"
                    : type.libelle();
            return t.precision() == null || t.precision().isBlank() ? libelle : libelle + " : " + t.precision();
        }).toList();
    }

    static String categorie(String code) {
        return switch (code) {
            case "VICTIMES" -> "victimes";
            case "SANTE" -> "santé";
            case "SECURITE" -> "sécurité";
            default -> "fonctionnement de l’organisme";
        };
    }

    public record PageEig(List<LigneEig> lignes, long total) {
    }

    @Transactional(readOnly = true)
    public PageEig liste(UtilisateurConnecte u, FiltreEig f, String tri, boolean desc, int taille, int decalage) {
        List<Long> o = visibles(organisme(u, false));
        return new PageEig(listes.pageOrganisateur(o, f, tri, desc, taille, decalage),
                listes.compterOrganisateur(o, f));
    }
}
