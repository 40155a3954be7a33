package fr.vao.plateforme.limite;

import java.util.List;

import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Addresses or CIDR blocks a limit never counts (the forms' {@code VAO_LIMITES_EXEMPTEES}, the API's
 * {@code VAO_API_ADRESSES_EXEMPTEES}): risky, whoever shares such an address escapes the limit; the tests exempt the
 * loopback. A malformed entry stops the start.
 */
public final class AdressesExemptees {

    private final List<IpAddressMatcher> blocs;

    private AdressesExemptees(List<IpAddressMatcher> blocs) {
        this.blocs = blocs;
    }

    /** From the setting's entries, blank ones ignored. */
    public static AdressesExemptees de(List<String> entrees) {
        return new AdressesExemptees(entrees.stream().map(String::strip).filter(e -> !e.isEmpty())
                .map(IpAddressMatcher::new).toList());
    }

    public boolean contient(String adresse) {
        return adresse != null && blocs.stream().anyMatch(b -> b.matches(adresse));
    }

    public boolean aucune() {
        return blocs.isEmpty();
    }
}
