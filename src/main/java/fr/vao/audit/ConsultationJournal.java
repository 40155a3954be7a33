package fr.vao.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reading the audit trail (national agents): filtered list and integrity check of the hash chain. */
@Service
public class ConsultationJournal {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** List filters; null or blank means "any". Dates are days in Europe/Paris. */
    public record Filtre(String type, String acteur, String cible, LocalDate du, LocalDate au) {
    }

    public record Ligne(long id, OffsetDateTime horodatage, String type, String acteur, String cible, String details,
            String adresseIp, String hash) {
    }

    /**
     * Result of the integrity check.
     *
     * @param verifiees rows found valid (before the first altered one)
     * @param premiereAlteree id of the first row whose hash or link does not match, null when the chain is valid
     */
    public record Verification(long verifiees, Long premiereAlteree) {
        public boolean integre() {
            return premiereAlteree == null;
        }
    }

    private final JdbcClient jdbc;

    ConsultationJournal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int compter(Filtre filtre) {
        Requete r = where(filtre);
        return r.appliquer(jdbc.sql("select count(*) from journal_audit" + r.sql)).query(Integer.class).single();
    }

    public List<Ligne> lister(Filtre filtre, boolean croissant, int decalage, int limite) {
        Requete r = where(filtre);
        return r.appliquer(jdbc.sql("""
                select id, horodatage, type, acteur, cible, details, adresse_ip, hash from journal_audit"""
                + r.sql + (croissant ? " order by id" : " order by id desc") + " limit :limite offset :decalage"))
                .param("limite", limite).param("decalage", decalage)
                .query(Ligne.class).list();
    }

    /**
     * Recomputes the hash chain over every row in id order: each row must point to the previous row's hash (the
     * first to the origin) and its own hash must match its content.
     */
    public Verification verifier() {
        long[] verifiees = {0};
        Long[] alteree = {null};
        String[] precedent = {JournalAudit.ORIGINE};
        jdbc.sql("""
                select id, horodatage, type, acteur, cible, details, adresse_ip, hash_precedent, hash
                from journal_audit order by id""").query(rs -> {
                    if (alteree[0] != null) {
                        return;
                    }
                    String attendu = JournalAudit.hash(precedent[0], rs.getObject("horodatage", OffsetDateTime.class),
                            rs.getString("type"), rs.getString("acteur"), rs.getString("cible"),
                            rs.getString("details"), rs.getString("adresse_ip"));
                    String hash = rs.getString("hash");
                    if (!precedent[0].equals(rs.getString("hash_precedent")) || !attendu.equals(hash)) {
                        alteree[0] = rs.getLong("id");
                        return;
                    }
                    precedent[0] = hash;
                    verifiees[0]++;
                });
        return new Verification(verifiees[0], alteree[0]);
    }

    private static Requete where(Filtre f) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parametres = new LinkedHashMap<>();
        if (present(f.type())) {
            conditions.add("type = :type");
            parametres.put("type", f.type());
        }
        if (present(f.acteur())) {
            conditions.add("acteur ilike :acteur");
            parametres.put("acteur", "%" + echapper(f.acteur().trim()) + "%");
        }
        if (present(f.cible())) {
            conditions.add("cible ilike :cible");
            parametres.put("cible", "%" + echapper(f.cible().trim()) + "%");
        }
        if (f.du() != null) {
            conditions.add("horodatage >= :du");
            parametres.put("du", f.du().atStartOfDay(PARIS).toOffsetDateTime());
        }
        if (f.au() != null) {
            conditions.add("horodatage < :au");
            parametres.put("au", f.au().plusDays(1).atStartOfDay(PARIS).toOffsetDateTime());
        }
        return new Requete(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parametres);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String echapper(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private record Requete(String sql, Map<String, Object> parametres) {
        JdbcClient.StatementSpec appliquer(JdbcClient.StatementSpec spec) {
            parametres.forEach(spec::param);
            return spec;
        }
    }
}
