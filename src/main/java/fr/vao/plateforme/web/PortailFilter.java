package fr.vao.plateforme.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import fr.vao.plateforme.securite.Portail;

/**
 * Tells the templates which portal serves the request and which path is current (navigation, breadcrumbs), also
 * on error pages.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortailFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String chemin = request.getRequestURI().substring(request.getContextPath().length());
        Portail portail = Portail.depuisChemin(chemin);
        request.setAttribute("portail", portail.name());
        request.setAttribute("prefixe", portail == Portail.BO ? "/bo" : "");
        request.setAttribute("cheminCourant", chemin);
        chain.doFilter(request, response);
    }
}
