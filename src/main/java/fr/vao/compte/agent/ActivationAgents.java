package fr.vao.compte.agent;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.audit.EvenementAudit;
import fr.vao.audit.TypeEvenementAudit;
import fr.vao.compte.Jetons;
import fr.vao.notification.Courriel;
import fr.vao.notification.Courriels;
import fr.vao.plateforme.VaoProperties;
import fr.vao.plateforme.securite.Portail;

/**
 * Activation of a new agent account (spec §2.4 steps 2–3): the link of mail M14 (single use, 1 hour), the first
 * password, the confirmation mail; a new link for an expired one; the deactivation mail M16.
 */
@Service
public class ActivationAgents {

    public static final Duration VALIDITE_LIEN = Duration.ofMinutes(60);
    static final String SUJET_ACTIVATION = "Portail VAO Administration - Validez votre courriel";
    static final String SUJET_ACTIVE = "VAO - Inscription validée, prochaines étapes pour votre compte";

    /** State of an activation link and the agent it belongs to (present when the link is valid). */
    public record Lien(Jetons.Etat etat, Agent agent) {
    }

    private final Agents agents;
    private final Jetons jetons;
    private final Courriels courriels;
    private final PasswordEncoder encodeur;
    private final VaoProperties proprietes;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    ActivationAgents(Agents agents, Jetons jetons, Courriels courriels, PasswordEncoder encodeur,
            VaoProperties proprietes, ApplicationEventPublisher evenements, Clock horloge) {
        this.agents = agents;
        this.jetons = jetons;
        this.courriels = courriels;
        this.encodeur = encodeur;
        this.proprietes = proprietes;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    /** Sends M14 with a new link (the previous unused links of the agent stop working). */
    @Transactional
    public void envoyerLien(Agent agent) {
        String jeton = jetons.creer(Portail.BO, agent.id(), Jetons.Usage.ACTIVATION, VALIDITE_LIEN);
        courriels.envoyer(Courriel.a(agent.email(), "agent-activation", SUJET_ACTIVATION, Map.of(
                "prenom", agent.prenom(), "nom", agent.nom(),
                "lien", proprietes.urlAdministration() + "/activation?jeton=" + jeton)));
    }

    /** Sends M16 to a deactivated agent. */
    @Transactional
    public void informerDesactivation(Agent agent) {
        courriels.envoyer(Courriel.a(agent.email(), "agent-desactivation", GestionAgents.SUJET_DESACTIVATION,
                Map.of("prenom", agent.prenom(), "nom", agent.nom())));
    }

    /** Reads a link without using it: valid only for an agent still to activate and not deactivated. */
    public Lien lire(String jeton) {
        Jetons.Lecture lecture = jetons.lire(jeton, Jetons.Usage.ACTIVATION);
        if (lecture.etat() == Jetons.Etat.INCONNU || lecture.jeton().portail() != Portail.BO) {
            return new Lien(Jetons.Etat.INCONNU, null);
        }
        Optional<Agent> agent = agents.trouver(lecture.jeton().utilisateurId())
                .filter(a -> !a.estActive() && !a.desactive());
        if (agent.isEmpty()) {
            return new Lien(Jetons.Etat.INCONNU, null);
        }
        return new Lien(lecture.etat(), lecture.etat() == Jetons.Etat.VALIDE ? agent.get() : null);
    }

    /**
     * Uses the link up and sets the first password (already checked against the policy); sends the confirmation.
     *
     * @return false when the link is no longer valid
     */
    @Transactional
    public boolean activer(String jeton, String motDePasse, String ip) {
        Lien lien = lire(jeton);
        if (lien.etat() != Jetons.Etat.VALIDE) {
            return false;
        }
        Jetons.Lecture lecture = jetons.consommer(jeton, Jetons.Usage.ACTIVATION);
        if (lecture.etat() != Jetons.Etat.VALIDE) {
            return false;
        }
        Agent agent = lien.agent();
        if (!agents.activer(agent.id(), encodeur.encode(motDePasse), OffsetDateTime.now(horloge))) {
            return false;
        }
        courriels.envoyer(Courriel.a(agent.email(), "agent-inscription-validee", SUJET_ACTIVE,
                Map.of("prenom", agent.prenom(), "nom", agent.nom(),
                        "lien", proprietes.urlAdministration() + "/connexion")));
        evenements.publishEvent(new EvenementAudit(TypeEvenementAudit.COMPTE_ACTIVE, horloge.instant(),
                agent.designation(), agent.designation(), null, ip));
        return true;
    }

    /** Sends a new link to an agent still to activate; does nothing otherwise (the page answers the same). */
    @Transactional
    public void renouveler(String email, String ip) {
        agents.trouverParEmail(email).filter(a -> !a.estActive() && !a.desactive()).ifPresent(agent -> {
            envoyerLien(agent);
            evenements.publishEvent(new EvenementAudit(TypeEvenementAudit.COURRIEL_RENVOYE, horloge.instant(),
                    agent.designation(), agent.designation(), "lien d'activation", ip));
        });
    }
}
