package fr.vao.api.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a list: {@code page} counts from 0, {@code size} is at most {@value #TAILLE_MAX}.
 */
@Schema(description = "Une page d’une liste (page numérotée à partir de 0)")
record PageApi<T>(List<T> items, long total, int page, int size) {

    static final int TAILLE_MAX = 100;
    static final int TAILLE_DEFAUT = 20;

    /** The size asked for, within 1 and {@value #TAILLE_MAX}. */
    static int taille(Integer size) {
        return size == null ? TAILLE_DEFAUT : Math.max(1, Math.min(TAILLE_MAX, size));
    }

    static int page(Integer page) {
        return page == null ? 0 : Math.max(0, Math.min(page, 1_000_000));
    }
}
