package fr.vao.compte.agent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * First start: creates the national administrator named by {@code vao.administrateur.email}
 * (VAO_ADMINISTRATEUR_EMAIL; optional {@code vao.administrateur.nom} and {@code .prenom}) when no agent has that
 * e-mail, with territory FRA and every role. It receives the activation mail: no password lives in the environment.
 */
@Component
public class AdministrateurInitial {

    private static final Logger LOG = LoggerFactory.getLogger(AdministrateurInitial.class);

    private final Agents agents;
    private final GestionAgents gestion;
    private final String email;
    private final String nom;
    private final String prenom;

    AdministrateurInitial(Agents agents, GestionAgents gestion,
            @Value("${vao.administrateur.email:}") String email,
            @Value("${vao.administrateur.nom:Administrateur}") String nom,
            @Value("${vao.administrateur.prenom:National}") String prenom) {
        this.agents = agents;
        this.gestion = gestion;
        this.email = email;
        this.nom = nom;
        this.prenom = prenom;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void auDemarrage() {
        initialiser(email, nom, prenom);
    }

    /** Creates the administrator if {@code email} is set and unknown; returns whether it was created. */
    public boolean initialiser(String email, String nom, String prenom) {
        if (email == null || email.isBlank()) {
            return false;
        }
        if (!email.strip().matches(fr.vao.compte.Formats.EMAIL) || email.length() > 255) {
            LOG.error("vao.administrateur.email n'est pas une adresse courriel valide : administrateur non créé");
            return false;
        }
        if (agents.trouverParEmail(email).isPresent()) {
            LOG.info("Administrateur national {} déjà présent", email.strip().toLowerCase(java.util.Locale.ROOT));
            return false;
        }
        long id = gestion.creerAdministrateurNational(email, nom == null || nom.isBlank() ? "Administrateur" : nom,
                prenom == null || prenom.isBlank() ? "National" : prenom);
        LOG.info("Administrateur national créé (agent {}) : lien d'activation envoyé à {}", id,
                email.strip().toLowerCase(java.util.Locale.ROOT));
        return true;
    }
}
