package fr.vao.eig;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.vao.plateforme.rgpd.DonneesOrganisme;

/** The EIG of an organisme for the RGPD deletions (ADR 0021): before the déclarations they point to. */
@Component
class DonneesEig implements DonneesOrganisme {

    private final JdbcClient jdbc;

    DonneesEig(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int ordre() {
        return ORDRE_SEJOUR - 10;
    }

    @Override
    public Map<String, Long> inventaire(long organismeId) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("eig.rgpd.eig", jdbc.sql("""
                select count(*) from eig where organisme_id = :o
                   or declaration_id in (select id from declaration_sejour where organisme_id = :o)""")
                .param("o", organismeId).query(Long.class).single());
        return m;
    }

    @Override
    public void supprimer(long organismeId) {
        jdbc.sql("""
                delete from eig where organisme_id = :o
                   or declaration_id in (select id from declaration_sejour where organisme_id = :o)""")
                .param("o", organismeId).update();
    }
}
