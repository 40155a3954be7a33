package fr.vao.territoire.web;

import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

/** Links of a list page that keep its filters: sort headers (with their aria-sort) and pagination. */
public record LiensListe(String chemin, List<String[]> filtres, String tri, boolean descendant, int page) {

    private UriComponentsBuilder base() {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(chemin);
        for (String[] f : filtres) {
            if (f[1] != null && !f[1].isBlank()) {
                b.queryParam(f[0], f[1]);
            }
        }
        return b;
    }

    /** The link of a sort header: ascending, or descending when already sorted ascending on it. */
    public String trier(String cle) {
        boolean desc = cle.equals(tri) && !descendant;
        return base().queryParam("tri", cle).queryParam("ordre", desc ? "desc" : "asc").encode().build().toUriString();
    }

    public String ariaSort(String cle) {
        return cle.equals(tri) ? (descendant ? "descending" : "ascending") : "none";
    }

    public String page(int numero) {
        return base().queryParam("tri", tri).queryParam("ordre", descendant ? "desc" : "asc")
                .queryParam("page", numero).encode().build().toUriString();
    }

    /** The same filters on another path (the CSV export). */
    public String vers(String autreChemin) {
        return new LiensListe(autreChemin, filtres, tri, descendant, page).base().queryParam("tri", tri)
                .queryParam("ordre", descendant ? "desc" : "asc").encode().build().toUriString();
    }
}
