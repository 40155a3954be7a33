package fr.vao.api;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Calls to the API from an address of their own: an address that sends invalid tokens is blocked for an hour
 * (LimitesApi), and every MockMvc request comes from 127.0.0.1 unless told otherwise, so a test that sends invalid
 * tokens from the default address would block the valid calls of the tests after it.
 */
public final class AppelsApi {

    private static final AtomicInteger SUIVANTE = new AtomicInteger();

    private AppelsApi() {
    }

    /** An address no other test uses (in 10.77.0.0/16). */
    public static String nouvelleAdresse() {
        int n = SUIVANTE.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    public static RequestPostProcessor depuis(String adresse) {
        return requete -> {
            requete.setRemoteAddr(adresse);
            return requete;
        };
    }

    public static RequestPostProcessor bearer(String jeton) {
        return requete -> {
            requete.addHeader("Authorization", "Bearer " + jeton);
            return requete;
        };
    }
}
