package fr.vao.sejour;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.territoire.Territoires;

/**
 * The DDETS instruction (spec §1.3, §2.8.4): who sees a déclaration (a DemandeSejour role and the maintained
 * visibility of ADR 0015) and who instructs it (DemandeSejour_Ecriture and a perimeter containing its département
 * de suivi), each action a transition of the aggregate, with its history and its mail, on the version the agent saw.
 */
@Service
public class InstructionDeclarations {

    public static final String ROLE_LECTURE = "DemandeSejour_Lecture";

    private final DeclarationsSejour declarations;
    private final ListeAgents liste;
    private final Territoires territoires;
    private final NotificationsDeclaration notifications;
    private final DocumentsDeclaration documents;
    private final Clock horloge;
    private final MetriquesDeclarations metriques;

    InstructionDeclarations(DeclarationsSejour declarations, ListeAgents liste, Territoires territoires,
            NotificationsDeclaration notifications, DocumentsDeclaration documents, Clock horloge,
            MetriquesDeclarations metriques) {
        this.metriques = metriques;
        this.documents = documents;
        this.declarations = declarations;
        this.liste = liste;
        this.territoires = territoires;
        this.notifications = notifications;
        this.horloge = horloge;
    }

    /** An agent with a DemandeSejour role; anyone else is refused (403). */
    private static void verifierRole(UtilisateurConnecte agent) {
        if (agent.portail() != Portail.BO || !agent.aRole(ROLE_LECTURE)
                && !agent.aRole(NotificationsDeclaration.ROLE_ECRITURE)) {
            throw new AccessDeniedException("Rôle DemandeSejour requis");
        }
    }

    /** Whether this agent sees déclarations at all (a DemandeSejour role). */
    public static boolean consulte(UtilisateurConnecte agent) {
        return agent.portail() == Portail.BO && (agent.aRole(ROLE_LECTURE)
                || agent.aRole(NotificationsDeclaration.ROLE_ECRITURE));
    }

    /** The territory the list is filtered on: null for a national agent. */
    public String territoire(UtilisateurConnecte agent) {
        verifierRole(agent);
        return agent.estNational() ? null : agent.territoireCode();
    }

    /** A déclaration this agent sees, else 404 (never a hint that it exists). */
    @Transactional(readOnly = true)
    public DeclarationSejour lire(UtilisateurConnecte agent, long id) {
        String t = territoire(agent);
        return declarations.trouver(id).filter(d -> d.statut() != Statut.BROUILLON)
                .filter(d -> t == null || declarations.visibleDans(id, t))
                .orElseThrow(DeclarationIntrouvableException::new);
    }

    /** The history and the registered 2-month declaration of a déclaration this agent sees. */
    @Transactional(readOnly = true)
    public Dossier dossier(UtilisateurConnecte agent, long id) {
        return Dossier.de(lire(agent, id), declarations, documents);
    }

    /** The instructeur principal: DemandeSejour_Ecriture and the département de suivi in its perimeter. */
    public boolean instruit(UtilisateurConnecte agent, DeclarationSejour d) {
        if (!agent.aRole(NotificationsDeclaration.ROLE_ECRITURE) || d.departementSuivi() == null) {
            return false;
        }
        return agent.estNational() || territoires.departementsDe(agent.territoireCode()).contains(d.departementSuivi());
    }

    @Transactional(readOnly = true)
    public long compter(UtilisateurConnecte agent, ListeAgents.Filtre f) {
        return liste.compter(territoire(agent), f);
    }

    /**
     * A page of the list and the keyset cursor of the next one (null when the sort pages by offset or the page is
     * empty); {@code apres} is the cursor the "Page suivante" link carried, if any.
     */
    @Transactional(readOnly = true)
    public PageListe page(UtilisateurConnecte agent, ListeAgents.Filtre f, String tri, boolean desc, int taille,
            int decalage, String apres) {
        String t = territoire(agent);
        List<LigneDeclaration> lignes = liste.page(t, f, tri, desc, taille, decalage, apres);
        return new PageListe(lignes, lignes.isEmpty() ? null : liste.curseur(t, tri, desc, lignes.get(lignes.size() - 1)));
    }

    /** The rows of a page of the agents' list and the cursor of the next page. */
    public record PageListe(List<LigneDeclaration> lignes, String suivante) {
    }

    /** The CSV export of the list (every page): the rows are handed to {@code sortie} inside the transaction. */
    @Transactional(readOnly = true)
    public void exporter(UtilisateurConnecte agent, ListeAgents.Filtre f, String tri, boolean desc,
            java.util.function.Consumer<java.util.stream.Stream<ListeAgents.LigneExport>> sortie) {
        try (java.util.stream.Stream<ListeAgents.LigneExport> lignes = liste.exporter(territoire(agent), f, tri,
                desc)) {
            sortie.accept(lignes);
        }
    }

    @Transactional(readOnly = true)
    public Map<Statut, Long> parStatut(UtilisateurConnecte agent) {
        return liste.parStatut(territoire(agent));
    }

    /** TRANSMISE → EN COURS, TRANSMISE 8J → EN COURS 8J. No mail. */
    @Transactional
    public void prendreEnCharge(UtilisateurConnecte agent, long id, int versionVue) {
        DeclarationSejour d = aInstruire(agent, id, versionVue);
        Statut apres = d.prendreEnCharge();
        changer(agent, d, apres, apres == Statut.EN_COURS_8J ? "prise_en_charge_8j" : "prise_en_charge_2m", null,
                Map.of());
    }

    /** EN COURS → A MODIFIER, EN COURS 8J → A MODIFIER 8J, with the comment mailed to the organiser (D5). */
    @Transactional
    public void demanderComplements(UtilisateurConnecte agent, long id, int versionVue, String commentaire) {
        DeclarationSejour d = aInstruire(agent, id, versionVue);
        Statut apres = d.demanderComplements(commentaire);
        changer(agent, d, apres, "demande_complements", commentaire.strip(), Map.of());
        notifications.complements(d, commentaire.strip());
    }

    /** EN COURS → REFUSEE, EN COURS 8J → REFUSEE 8J, with the reason mailed (D6). */
    @Transactional
    public void refuser(UtilisateurConnecte agent, long id, int versionVue, String commentaire) {
        DeclarationSejour d = aInstruire(agent, id, versionVue);
        Statut apres = d.refuser(commentaire);
        changer(agent, d, apres, "refus", commentaire.strip(), Map.of());
        notifications.refus(d, commentaire.strip());
    }

    /**
     * EN COURS → EN ATTENTE DECLARATION 8 JOURS (the 2-month content frozen, D7) or EN COURS 8J → VALIDEE 8J (D8),
     * each with its accusé de réception (spec §2.12), stored in the same transaction.
     */
    @Transactional
    public void enregistrer(UtilisateurConnecte agent, long id, int versionVue) {
        DeclarationSejour d = aInstruire(agent, id, versionVue);
        Statut apres = d.enregistrer();
        Map<String, Object> colonnes = apres == Statut.ATTENTE_8_JOURS
                ? Map.of("declaration_2m", declarations.jsonb(d)) : Map.of();
        changer(agent, d, apres, apres == Statut.VALIDEE_8J ? "enregistrement_8j" : "enregistrement_2m", null,
                colonnes);
        documents.enregistrement(id, agent);
        notifications.enregistrement(d, apres);
    }

    private void changer(UtilisateurConnecte agent, DeclarationSejour d, Statut apres, String type, String commentaire,
            Map<String, Object> colonnes) {
        OffsetDateTime maintenant = OffsetDateTime.now(horloge);
        declarations.changerStatut(d.id(), apres, colonnes, maintenant);
        declarations.historiser(d.id(), maintenant, "DDETS " + d.departementSuivi(), null, agent.id(), type,
                commentaire, Map.of("statut", apres.code(), "agent", agent.email()));
        metriques.instruite(apres);
    }

    private DeclarationSejour aInstruire(UtilisateurConnecte agent, long id, int versionVue) {
        verifierRole(agent);
        DeclarationSejour d = declarations.verrouiller(id).filter(x -> x.statut() != Statut.BROUILLON)
                .filter(x -> agent.estNational() || declarations.visibleDans(id, agent.territoireCode()))
                .orElseThrow(DeclarationIntrouvableException::new);
        if (!instruit(agent, d)) {
            throw new AccessDeniedException("Seul l'instructeur principal agit sur la déclaration");
        }
        if (d.version() != versionVue) {
            throw new DeclarationRefuseeException("sejour.refus.conflit");
        }
        return d;
    }
}
