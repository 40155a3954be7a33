package fr.vao.plateforme.fonctionnalites;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Feature flags (table {@code fonctionnalite}): a flag is active when enabled, or when now is between its start and
 * end dates. Every reader goes through this service.
 */
@Service
public class Fonctionnalites {

    public static final String AUTH_2FA = "AUTH_2FA";
    public static final String RENOUVELLEMENT_AGREMENT = "RENOUVELLEMENT_AGREMENT";

    private final JdbcClient jdbc;
    private final Clock horloge;

    Fonctionnalites(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    public boolean estActive(String code) {
        return jdbc.sql("""
                select active or (date_debut is not null and date_fin is not null and :maintenant between date_debut and date_fin)
                from fonctionnalite where code = :code""")
                .param("maintenant", OffsetDateTime.now(horloge))
                .param("code", code)
                .query(Boolean.class).optional().orElse(false);
    }
}
