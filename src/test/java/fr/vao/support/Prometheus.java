package fr.vao.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;

import org.springframework.test.web.servlet.MockMvc;

/** Reads a series of {@code /actuator/prometheus}, as Prometheus would scrape it (the context is shared: read before). */
public final class Prometheus {

    private Prometheus() {
    }

    /**
     * The value of the series {@code nom} carrying these labels (name, value, name, value...); 0 when absent.
     */
    public static double valeur(MockMvc mvc, String nom, String... etiquettes) throws Exception {
        String texte = mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getContentAsString();
        return Arrays.stream(texte.split("\n"))
                .filter(ligne -> ligne.startsWith(nom + "{") || ligne.startsWith(nom + " "))
                .filter(ligne -> {
                    for (int i = 0; i < etiquettes.length; i += 2) {
                        if (!ligne.contains(etiquettes[i] + "=\"" + etiquettes[i + 1] + "\"")) {
                            return false;
                        }
                    }
                    return true;
                })
                .mapToDouble(ligne -> Double.parseDouble(ligne.substring(ligne.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }
}
