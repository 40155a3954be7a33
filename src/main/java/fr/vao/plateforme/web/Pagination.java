package fr.vao.plateforme.web;

import java.util.List;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list (UI.md "Lists"): the page asked for (1-based, clamped), its size, the total count, and links
 * that keep the current filters (GET parameters).
 */
public record Pagination(int page, int taille, int total, String chemin, String requete) {

    /** Builds the pagination of the current request; an out-of-range page number is clamped. */
    public static Pagination de(HttpServletRequest request, Integer pageDemandee, int taille, int total) {
        int pages = Math.max(1, (total + taille - 1) / taille);
        int page = pageDemandee == null ? 1 : Math.max(1, Math.min(pageDemandee, pages));
        String chemin = request.getRequestURI().substring(request.getContextPath().length());
        return new Pagination(page, taille, total, chemin, request.getQueryString());
    }

    public int pages() {
        return Math.max(1, (total + taille - 1) / taille);
    }

    /** Offset of the first row of this page. */
    public int decalage() {
        return (page - 1) * taille;
    }

    public boolean premiere() {
        return page <= 1;
    }

    public boolean derniere() {
        return page >= pages();
    }

    /** Page numbers shown around the current one. */
    public List<Integer> numeros() {
        int debut = Math.max(1, page - 2);
        int fin = Math.min(pages(), page + 2);
        return IntStream.rangeClosed(debut, fin).boxed().toList();
    }

    /** This list at page {@code n}, same filters and sort. */
    public String url(int n) {
        return builder(chemin).replaceQueryParam("page", n).build().toUriString();
    }

    /** This list with one parameter changed (e.g. the sort), back to page 1. */
    public String avec(String parametre, String valeur) {
        return builder(chemin).replaceQueryParam("page").replaceQueryParam(parametre, valeur).build().toUriString();
    }

    /** Another path (e.g. the CSV export) with the same filters, without the page. */
    public String vers(String autreChemin) {
        return builder(autreChemin).replaceQueryParam("page").build().toUriString();
    }

    private UriComponentsBuilder builder(String base) {
        return UriComponentsBuilder.fromUriString(requete == null || requete.isEmpty() ? base : base + "?" + requete);
    }
}
