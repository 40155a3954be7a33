package fr.vao.plateforme.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list (UI.md "Lists"): the page asked for (1-based, clamped), its size, the total count, the current
 * sort, and links that keep the current filters (GET parameters {@code tri}, {@code ordre}, {@code page}).
 *
 * @param suivante the keyset cursor of the next page (GET parameter {@code apres}), when the list gives one: the
 *        "Page suivante" link then continues after this page's last row instead of skipping rows
 */
public record Pagination(int page, int taille, long total, String chemin, String requete, String tri,
        boolean descendant, String suivante) {

    /**
     * Builds the pagination of the current request; a missing, malformed or out-of-range page number gives the
     * nearest existing page.
     */
    public static Pagination de(HttpServletRequest request, String pageDemandee, int taille, long total) {
        int pages = (int) Math.max(1, (total + taille - 1) / taille);
        int page;
        try {
            page = pageDemandee == null ? 1 : Integer.parseInt(pageDemandee.strip());
        } catch (NumberFormatException e) {
            page = 1;
        }
        String chemin = request.getRequestURI().substring(request.getContextPath().length());
        return new Pagination(Math.max(1, Math.min(page, pages)), taille, total, chemin, parametres(request), null,
                false, null);
    }

    /** The GET parameters of the list, encoded (the query string, rebuilt: a forwarded request may lack it). */
    private static String parametres(HttpServletRequest request) {
        return request.getParameterMap().entrySet().stream()
                .flatMap(p -> Arrays.stream(p.getValue()).map(v -> encoder(p.getKey()) + "=" + encoder(v)))
                .collect(Collectors.joining("&"));
    }

    private static String encoder(String texte) {
        return URLEncoder.encode(texte, StandardCharsets.UTF_8);
    }

    /** The same page, sorted on {@code cle} (the sort actually applied, after validation of the parameters). */
    public Pagination triee(String cle, boolean desc) {
        return new Pagination(page, taille, total, chemin, requete, cle, desc, suivante);
    }

    /** The same page, whose "Page suivante" link carries this keyset cursor. */
    public Pagination avecSuivante(String curseur) {
        return new Pagination(page, taille, total, chemin, requete, tri, descendant, curseur);
    }

    /** The next page: after this page's last row when a cursor is known, else by its number. */
    public String urlSuivante() {
        UriComponentsBuilder b = builder(chemin).replaceQueryParam("page", page + 1);
        return (suivante == null ? b : b.replaceQueryParam("apres", encoder(suivante))).build().toUriString();
    }

    public int pages() {
        return (int) Math.max(1, (total + taille - 1) / taille);
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

    /** The link of a sortable column header: ascending, or descending when already sorted ascending on it. */
    public String trier(String cle) {
        boolean desc = cle.equals(tri) && !descendant;
        return builder(chemin).replaceQueryParam("page").replaceQueryParam("tri", cle)
                .replaceQueryParam("ordre", desc ? "desc" : "asc").build().toUriString();
    }

    /** The aria-sort value of a column header. */
    public String ariaSort(String cle) {
        return !cle.equals(tri) ? "none" : descendant ? "descending" : "ascending";
    }

    /** Another path (e.g. the CSV export) with the same filters and sort, without the page. */
    public String vers(String autreChemin) {
        return builder(autreChemin).replaceQueryParam("page").build().toUriString();
    }

    /** The list's parameters, without a keyset cursor (it is valid only for the page right after this one). */
    private UriComponentsBuilder builder(String base) {
        return UriComponentsBuilder.fromUriString(requete == null || requete.isEmpty() ? base : base + "?" + requete)
                .replaceQueryParam("apres");
    }
}
