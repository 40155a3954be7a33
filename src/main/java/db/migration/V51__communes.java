package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.postgresql.PGConnection;

import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The communes of France (current communes and the municipal arrondissements of Paris, Lyon and Marseille) from
 * {@code referentiel/communes.json}, copied at build time from the npm package {@code @etalab/decoupage-administratif}
 * (see docs/referentiels.md). Loaded with one {@code COPY}, not row by row, so that a new database is ready fast.
 */
public class V51__communes extends BaseJavaMigration {

    record Commune(String code, String nom, String type, String departement, String region, String commune,
            List<String> codesPostaux) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connexion = context.getConnection();
        try (var instruction = connexion.createStatement()) {
            instruction.execute("""
                    create table commune (
                        code          varchar(5)   primary key,
                        nom           varchar(100) not null,
                        departement   varchar(3)   not null,
                        region_insee  varchar(3)   not null,
                        commune_mere  varchar(5),
                        codes_postaux varchar(5)[] not null
                    )""");
        }
        StringBuilder csv = new StringBuilder(3_000_000);
        int lignes = 0;
        try (InputStream json = V51__communes.class.getResourceAsStream("/referentiel/communes.json")) {
            if (json == null) {
                throw new IllegalStateException("referentiel/communes.json absent du classpath : lancez npm ci puis "
                        + "recompilez (mvn process-resources)");
            }
            try (MappingIterator<Commune> communes = JsonMapper.builder().build().readerFor(Commune.class)
                    .without(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValues(json)) {
                while (communes.hasNext()) {
                    Commune c = communes.next();
                    if (!"commune-actuelle".equals(c.type()) && !"arrondissement-municipal".equals(c.type())) {
                        continue; // communes déléguées and associées are not where an address lies today
                    }
                    csv.append(c.code()).append(',').append(champ(c.nom())).append(',').append(c.departement())
                            .append(',').append(c.region()).append(',')
                            .append(c.commune() == null ? "" : c.commune()).append(",\"{")
                            .append(c.codesPostaux() == null ? "" : String.join(",", c.codesPostaux()))
                            .append("}\"\n");
                    lignes++;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long copiees = connexion.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "copy commune (code, nom, departement, region_insee, commune_mere, codes_postaux) from stdin "
                        + "with (format csv)",
                new StringReader(csv.toString()));
        if (copiees != lignes) {
            throw new IllegalStateException(copiees + " communes copiées sur " + lignes);
        }
        try (var instruction = connexion.createStatement()) {
            instruction.execute("create index commune_departement_idx on commune (departement)");
            instruction.execute("create index commune_nom_idx on commune (lower(nom) varchar_pattern_ops)");
        }
    }

    private static String champ(String texte) {
        return "\"" + texte.replace("\"", "\"\"") + "\"";
    }
}
