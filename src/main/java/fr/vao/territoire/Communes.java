package fr.vao.territoire;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The communes of France (reference data, docs/referentiels.md), by INSEE code or by the start of their name. */
@Service
public class Communes {

    /**
     * A commune or a municipal arrondissement (Paris, Lyon, Marseille; then {@code communeMere} is its commune).
     *
     * @param departement the INSEE département code (2A, 2B, 971…976, 984…988)
     */
    public record Commune(String code, String nom, String departement, String communeMere, List<String> codesPostaux) {
    }

    private final JdbcClient jdbc;

    Communes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Commune> trouver(String codeInsee) {
        if (codeInsee == null || !codeInsee.strip().matches("[0-9][0-9AB][0-9]{3}")) {
            return Optional.empty();
        }
        return jdbc.sql("select code, nom, departement, commune_mere, codes_postaux from commune where code = :code")
                .param("code", codeInsee.strip()).query((rs, n) -> new Commune(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), codes(rs.getArray(5))))
                .optional();
    }

    /** Communes whose name starts with {@code debut} (case-insensitive), optionally in one département. */
    public List<Commune> rechercher(String debut, String departement, int limite) {
        String motif = debut == null ? "" : debut.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        if (motif.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select code, nom, departement, commune_mere, codes_postaux from commune
                where lower(nom) like :motif and (cast(:dep as varchar) is null or departement = :dep)
                order by nom, code limit :limite""")
                .param("motif", motif + "%").param("dep", departement).param("limite", Math.min(limite, 100))
                .query((rs, n) -> new Commune(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        codes(rs.getArray(5))))
                .list();
    }

    private static List<String> codes(Array tableau) throws SQLException {
        return tableau == null ? List.of() : Arrays.asList((String[]) tableau.getArray());
    }
}
