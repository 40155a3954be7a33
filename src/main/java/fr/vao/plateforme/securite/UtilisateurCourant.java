package fr.vao.plateforme.securite;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The logged-in user of the current request. */
public final class UtilisateurCourant {

    private UtilisateurCourant() {
    }

    public static Optional<UtilisateurConnecte> trouver() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getPrincipal() instanceof UtilisateurConnecte u ? Optional.of(u) : Optional.empty();
    }

    public static UtilisateurConnecte obtenir() {
        return trouver().orElseThrow(() -> new IllegalStateException("Aucun utilisateur connecté"));
    }
}
