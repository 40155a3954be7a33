package fr.vao.organisme;

import java.util.List;

/**
 * The 21 sections of the NAF rév. 2 (INSEE, Licence Ouverte), the "profession" of a personne physique; labels in
 * messages ({@code organisme.naf.A}...). See docs/referentiels.md.
 */
public final class SectionsNaf {

    public static final List<String> CODES = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M",
            "N", "O", "P", "Q", "R", "S", "T", "U");

    private SectionsNaf() {
    }

    public static boolean existe(String code) {
        return CODES.contains(code);
    }
}
