package fr.vao.plateforme.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import fr.vao.plateforme.securite.Autorites;

/** Pages reserved to national agents (DGCS): anybody else gets the 403 page. */
public final class AccesNational {

    public static final String AUTORITE = Autorites.NIVEAU + "NAT";

    private AccesNational() {
    }

    public static void verifier() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || a.getAuthorities().stream().noneMatch(g -> AUTORITE.equals(g.getAuthority()))) {
            throw new AccessDeniedException("Page réservée aux agents nationaux");
        }
    }
}
