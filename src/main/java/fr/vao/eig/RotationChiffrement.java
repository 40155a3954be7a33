package fr.vao.eig;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Key rotation (ADR 0024): every encrypted field of every EIG re-encrypted with the active key, one row per
 * transaction (a row locked, read with whichever key its values name, written with the active one). Values already
 * under the active key are left alone, so that an interrupted rotation is simply run again.
 */
@Service
public class RotationChiffrement {

    private static final Logger LOG = LoggerFactory.getLogger(RotationChiffrement.class);
    static final List<String> COLONNES = List.of("personnel", "deroulement", "disposition_remediation",
            "disposition_victimes", "disposition_informations");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Chiffrement chiffrement;

    RotationChiffrement(JdbcClient jdbc, TransactionTemplate transactions, Chiffrement chiffrement) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.chiffrement = chiffrement;
    }

    /** Re-encrypts with the application's active key; returns the number of rows changed. */
    public int reChiffrer() {
        return reChiffrer(chiffrement);
    }

    /** Re-encrypts with the active key of {@code c}, which must also hold every key still in use. */
    public int reChiffrer(Chiffrement c) {
        String active = c.cleActive();
        List<Long> ids = jdbc.sql("select id from eig where " + String.join(" or ", COLONNES.stream()
                .map(col -> "(" + col + " is not null and " + col + " not like :prefixe)").toList())
                + " order by id").param("prefixe", active + ":%").query(Long.class).list();
        int n = 0;
        for (long id : ids) {
            Boolean change = transactions.execute(statut -> {
                java.util.Map<String, Object> ligne = jdbc.sql("select " + String.join(", ", COLONNES)
                        + " from eig where id = :id for update").param("id", id).query().singleRow();
                JdbcClient.StatementSpec s = jdbc.sql("update eig set " + String.join(", ", COLONNES.stream()
                        .map(col -> col + " = :" + col).toList()) + " where id = :id").param("id", id);
                for (String col : COLONNES) {
                    s = s.param(col, c.rechiffrer((String) ligne.get(col)));
                }
                return s.update() == 1;
            });
            n += Boolean.TRUE.equals(change) ? 1 : 0;
        }
        LOG.info("Rotation des clés de chiffrement des EIG : {} EIG rechiffrés avec la clé « {} »", n, active);
        return n;
    }
}
