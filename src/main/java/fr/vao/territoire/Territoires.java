package fr.vao.territoire;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The 124 territories (reference data, loaded once) and the perimeter rules of spec §1.3.
 */
@Service
public class Territoires {

    private final JdbcClient jdbc;
    private final List<Territoire> tous;
    private final Map<String, Territoire> parCode;

    Territoires(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.tous = jdbc.sql("select code, parent_code, libelle, niveau from territoire order by niveau desc, code")
                .query(Territoire.class).list();
        this.parCode = tous.stream().collect(Collectors.toUnmodifiableMap(Territoire::code, Function.identity()));
    }

    public List<Territoire> tous() {
        return tous;
    }

    public List<Territoire> regions() {
        return tous.stream().filter(Territoire::estRegion).toList();
    }

    public List<Territoire> departements() {
        return tous.stream().filter(Territoire::estDepartement).toList();
    }

    public Optional<Territoire> trouver(String code) {
        return Optional.ofNullable(code == null ? null : parCode.get(code));
    }

    /** departements(T) of spec §1.3: all for FRA, the region's départements for a region, itself for a département. */
    public List<String> departementsDe(String code) {
        Territoire t = parCode.get(code);
        if (t == null) {
            return List.of();
        }
        if (t.estNational()) {
            return departements().stream().map(Territoire::code).toList();
        }
        if (t.estRegion()) {
            return departements().stream().filter(d -> d.parentCode().equals(code)).map(Territoire::code).toList();
        }
        return List.of(code);
    }

    /**
     * Whether the perimeter of an agent of territory {@code perimetre} contains territory {@code cible}: national
     * contains everything; a region contains itself and its départements; a département only itself.
     */
    public boolean contient(String perimetre, String cible) {
        Territoire p = parCode.get(perimetre);
        Territoire c = parCode.get(cible);
        if (p == null || c == null) {
            return false;
        }
        return p.estNational() || p.code().equals(c.code()) || (p.estRegion() && p.code().equals(c.parentCode()));
    }

    /** Territories inside a perimeter (itself, and its départements for a region; everything for FRA). */
    public List<Territoire> dansPerimetre(String perimetre) {
        return tous.stream().filter(t -> contient(perimetre, t.code())).toList();
    }

    /** The region of a territory: itself for a region, its parent for a département, empty for FRA. */
    public Optional<Territoire> regionDe(String code) {
        return trouver(code).flatMap(t -> t.estRegion() ? Optional.of(t)
                : t.estDepartement() ? trouver(t.parentCode()) : Optional.empty());
    }

    /**
     * The département of an INSEE commune code (not a postal code): {@code 2A}/{@code 2B} for Corsica, three
     * characters for overseas codes starting with 97 or 98, two otherwise. Empty when unknown to VAO.
     */
    public Optional<Territoire> departementDeCommune(String codeInsee) {
        if (codeInsee == null || codeInsee.length() != 5) {
            return Optional.empty();
        }
        String code = codeInsee.startsWith("97") || codeInsee.startsWith("98") ? codeInsee.substring(0, 3)
                : codeInsee.substring(0, 2);
        return trouver(code).filter(Territoire::estDepartement);
    }

    /**
     * The service e-mail of a territory's fiche ({@code fiche_territoire.service_email}, e.g. the DREETS mailbox that
     * receives the notifications of its region), read at each call since agents edit it; empty when unknown or unset.
     */
    public Optional<String> serviceEmail(String code) {
        if (code == null || !parCode.containsKey(code)) {
            return Optional.empty();
        }
        return jdbc.sql("select service_email from fiche_territoire where territoire_code = :code")
                .param("code", code).query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional()
                .flatMap(e -> e).filter(e -> !e.isBlank());
    }
}
