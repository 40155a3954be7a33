package fr.vao.compte.agent;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.audit.EvenementAudit;
import fr.vao.audit.TypeEvenementAudit;
import fr.vao.plateforme.securite.Connexions;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * Creation, update, deactivation and reactivation of agent accounts by an administrator (spec §2.4), every rule
 * checked here on the server: role, perimeter (ADR 0005), optimistic lock, audit.
 */
@Service
public class GestionAgents {

    static final String SUJET_DESACTIVATION = "PORTAIL VAO ADMINISTRATION - DESACTIVATION DE VOTRE COMPTE";

    /** What an administrator enters for an account. */
    public record DonneesAgent(String nom, String prenom, String territoireCode, Set<String> roles) {
    }

    private final Agents agents;
    private final PerimetreAgents perimetre;
    private final ActivationAgents activation;
    private final Connexions connexions;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    GestionAgents(Agents agents, PerimetreAgents perimetre, ActivationAgents activation, Connexions connexions,
            ApplicationEventPublisher evenements, Clock horloge) {
        this.agents = agents;
        this.perimetre = perimetre;
        this.activation = activation;
        this.connexions = connexions;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    /** An agent the administrator may see: 403 without role Compte, 404 when absent or outside the perimeter. */
    public Agent consulter(UtilisateurConnecte admin, long id) {
        perimetre.exigerCompte(admin);
        return agents.trouver(id).filter(a -> perimetre.voit(admin, a.territoireCode()))
                .orElseThrow(() -> new AgentIntrouvableException(id));
    }

    /** Creates an account without password and sends the activation link (M14); returns its id. */
    @Transactional
    public long creer(UtilisateurConnecte admin, String email, DonneesAgent donnees, String ip) {
        perimetre.exigerCompte(admin);
        perimetre.exigerAttribuable(admin, donnees.territoireCode());
        Set<String> roles = rolesFinaux(admin, donnees.roles(), Set.of());
        String adresse = email.strip().toLowerCase(Locale.ROOT);
        if (agents.trouverParEmail(adresse).isPresent()) {
            throw new EmailDejaUtiliseException();
        }
        long id;
        try {
            id = agents.creer(adresse, donnees.nom().strip(), donnees.prenom().strip(), donnees.territoireCode(),
                    admin.id(), OffsetDateTime.now(horloge));
        } catch (DuplicateKeyException e) {
            throw new EmailDejaUtiliseException();
        }
        agents.remplacerRoles(id, roles);
        Agent agent = agents.trouver(id).orElseThrow();
        activation.envoyerLien(agent);
        auditer(TypeEvenementAudit.COMPTE_CREE, acteur(admin), agent.designation(),
                "territoire " + agent.territoireCode() + ", rôles " + new TreeSet<>(roles), ip);
        return id;
    }

    /** Creates the national administrator of the first start (every role, territory FRA). */
    @Transactional
    public long creerAdministrateurNational(String email, String nom, String prenom) {
        long id = agents.creer(email.strip().toLowerCase(Locale.ROOT), nom, prenom, "FRA", null,
                OffsetDateTime.now(horloge));
        agents.remplacerRoles(id, RolesAgent.TOUS);
        Agent agent = agents.trouver(id).orElseThrow();
        activation.envoyerLien(agent);
        auditer(TypeEvenementAudit.COMPTE_CREE, "SYSTEME", agent.designation(),
                "administrateur national initial, rôles " + new TreeSet<>(RolesAgent.TOUS), null);
        return id;
    }

    /** Updates names, territory and roles (roles replaced, {@code eig} kept). */
    @Transactional
    public void modifier(UtilisateurConnecte admin, long id, int version, DonneesAgent donnees, String ip) {
        Agent avant = consulter(admin, id);
        perimetre.exigerAttribuable(admin, donnees.territoireCode());
        Set<String> roles = rolesFinaux(admin, donnees.roles(), avant.roles());
        String nom = donnees.nom().strip();
        String prenom = donnees.prenom().strip();
        if (!agents.modifier(id, version, nom, prenom, donnees.territoireCode(), OffsetDateTime.now(horloge))) {
            throw new ConflitModificationException();
        }
        List<String> changements = new ArrayList<>();
        changer(changements, "nom", avant.nom(), nom);
        changer(changements, "prénom", avant.prenom(), prenom);
        changer(changements, "territoire", avant.territoireCode(), donnees.territoireCode());
        if (!changements.isEmpty()) {
            auditer(TypeEvenementAudit.COMPTE_MODIFIE, acteur(admin), avant.designation(),
                    String.join("; ", changements), ip);
        }
        if (!new TreeSet<>(avant.roles()).equals(new TreeSet<>(roles))) {
            agents.remplacerRoles(id, roles);
            auditer(TypeEvenementAudit.ROLES_MODIFIES, acteur(admin), avant.designation(),
                    new TreeSet<>(avant.roles()) + " → " + new TreeSet<>(roles), ip);
        }
    }

    /** Deactivates an account (holders of Desactivation, within the perimeter, never oneself); ends its sessions. */
    @Transactional
    public void desactiver(UtilisateurConnecte admin, long id, int version, String ip) {
        Agent agent = verifierDesactivation(admin, id);
        if (!agents.desactiver(id, version, admin.id(), OffsetDateTime.now(horloge))) {
            throw new ConflitModificationException();
        }
        connexions.fermerAutresSessions(Portail.BO, id, null);
        activation.informerDesactivation(agent);
        auditer(TypeEvenementAudit.COMPTE_DESACTIVE, acteur(admin), agent.designation(), null, ip);
    }

    @Transactional
    public void reactiver(UtilisateurConnecte admin, long id, int version, String ip) {
        Agent agent = verifierDesactivation(admin, id);
        if (!agents.reactiver(id, version, OffsetDateTime.now(horloge))) {
            throw new ConflitModificationException();
        }
        auditer(TypeEvenementAudit.COMPTE_REACTIVE, acteur(admin), agent.designation(), null, ip);
    }

    /** Whether the administrator may deactivate or reactivate this account (to show the buttons). */
    public boolean peutDesactiver(UtilisateurConnecte admin, Agent agent) {
        return admin.aRole(RolesAgent.DESACTIVATION) && admin.id() != agent.id()
                && perimetre.voit(admin, agent.territoireCode());
    }

    private Agent verifierDesactivation(UtilisateurConnecte admin, long id) {
        if (admin == null) {
            throw new AccessDeniedException("Non connecté");
        }
        Agent agent = agents.trouver(id).filter(a -> perimetre.voit(admin, a.territoireCode()))
                .orElseThrow(() -> new AgentIntrouvableException(id));
        perimetre.exigerDesactivation(admin);
        if (admin.id() == id) {
            throw new AccessDeniedException("Un agent ne peut pas désactiver son propre compte");
        }
        return agent;
    }

    /**
     * The roles saved: the ticked selectable roles, {@code eig} always, and {@code Desactivation} kept as it was when
     * the administrator does not hold it (it cannot grant nor remove it).
     */
    static Set<String> rolesFinaux(UtilisateurConnecte admin, Set<String> demandes, Set<String> actuels) {
        Set<String> roles = new TreeSet<>();
        for (String role : demandes == null ? Set.<String>of() : demandes) {
            if (!RolesAgent.SELECTIONNABLES.contains(role)) {
                throw new IllegalArgumentException("Rôle inconnu : " + role);
            }
            roles.add(role);
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("Au moins un rôle");
        }
        if (!admin.aRole(RolesAgent.DESACTIVATION)) {
            if (roles.contains(RolesAgent.DESACTIVATION) && !actuels.contains(RolesAgent.DESACTIVATION)) {
                throw new AccessDeniedException("Seuls les titulaires du rôle Desactivation peuvent l'attribuer");
            }
            roles.remove(RolesAgent.DESACTIVATION);
            if (actuels.contains(RolesAgent.DESACTIVATION)) {
                roles.add(RolesAgent.DESACTIVATION);
            }
        }
        roles.add(RolesAgent.EIG);
        return roles;
    }

    private static void changer(List<String> changements, String champ, String avant, String apres) {
        if (!Objects.equals(avant, apres)) {
            changements.add(champ + " : " + avant + " → " + apres);
        }
    }

    static String acteur(UtilisateurConnecte u) {
        return "BO:" + u.id() + " " + u.email();
    }

    private void auditer(TypeEvenementAudit type, String acteur, String cible, String details, String ip) {
        evenements.publishEvent(new EvenementAudit(type, horloge.instant(), acteur, cible, details, ip));
    }
}
