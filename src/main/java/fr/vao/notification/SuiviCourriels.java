package fr.vao.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.audit.EvenementAudit;
import fr.vao.audit.TypeEvenementAudit;

/**
 * The outbox as national agents see it: list, detail (never the body, which may hold one-time links or codes) and
 * "Renvoyer" for a mail in ECHEC.
 */
@Service
public class SuiviCourriels {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** List filters; null or blank means "any". Dates are days in Europe/Paris, on the creation date. */
    public record Filtre(String statut, String destinataire, String modele, LocalDate du, LocalDate au) {
    }

    public record Ligne(long id, String modele, String destinataires, String sujet, String statut, int tentatives,
            OffsetDateTime creeLe, OffsetDateTime envoyeLe, String derniereErreur) {
    }

    public record Detail(long id, String modele, String destinataires, String copies, String sujet, String statut, int tentatives,
            OffsetDateTime creeLe, OffsetDateTime essaisDepuis, OffsetDateTime prochainEssaiLe,
            OffsetDateTime envoyeLe, String derniereErreur, int version) {
    }

    /** Outcome of "Renvoyer". */
    public enum Renvoi {
        RENVOYE, ABSENT, DEJA_ENVOYE, PAS_EN_ECHEC, CONFLIT
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    SuiviCourriels(JdbcClient jdbc, ApplicationEventPublisher evenements, Clock horloge) {
        this.jdbc = jdbc;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    public int compter(Filtre filtre) {
        Requete r = where(filtre);
        return r.appliquer(jdbc.sql("select count(*) from courriel" + r.sql)).query(Integer.class).single();
    }

    public List<Ligne> lister(Filtre filtre, boolean croissant, int decalage, int limite) {
        Requete r = where(filtre);
        String ordre = croissant ? " order by cree_le, id" : " order by cree_le desc, id desc";
        return r.appliquer(jdbc.sql("""
                select id, modele, destinataires, sujet, statut, tentatives, cree_le, envoye_le, derniere_erreur
                from courriel""" + r.sql + ordre + " limit :limite offset :decalage"))
                .param("limite", limite).param("decalage", decalage)
                .query(Ligne.class).list();
    }

    public List<String> modeles() {
        return jdbc.sql("select distinct modele from courriel order by modele").query(String.class).list();
    }

    public Optional<Detail> detail(long id) {
        return jdbc.sql("""
                select id, modele, destinataires, copies, sujet, statut, tentatives, cree_le, essais_depuis, prochain_essai_le,
                       envoye_le, derniere_erreur, version
                from courriel where id = :id""").param("id", id).query(Detail.class).optional();
    }

    /**
     * Queues a failed mail again with a fresh 24-hour window. Never a mail already sent; the version read by the
     * agent must still be current (two agents clicking at once send it once).
     */
    @Transactional
    public Renvoi renvoyer(long id, int version, String acteur, String adresseIp) {
        Optional<Detail> courriel = detail(id);
        if (courriel.isEmpty()) {
            return Renvoi.ABSENT;
        }
        Detail d = courriel.get();
        if ("ENVOYE".equals(d.statut())) {
            return Renvoi.DEJA_ENVOYE;
        }
        if (d.version() != version) {
            return Renvoi.CONFLIT;
        }
        if (!"ECHEC".equals(d.statut())) {
            return Renvoi.PAS_EN_ECHEC;
        }
        OffsetDateTime maintenant = OffsetDateTime.now(horloge);
        int modifies = jdbc.sql("""
                update courriel set statut = 'A_ENVOYER', tentatives = 0, prochain_essai_le = :maintenant,
                       essais_depuis = :maintenant, version = version + 1
                where id = :id and version = :version and statut = 'ECHEC'""")
                .param("maintenant", maintenant).param("id", id).param("version", version).update();
        if (modifies == 0) {
            return Renvoi.CONFLIT;
        }
        evenements.publishEvent(new EvenementAudit(TypeEvenementAudit.COURRIEL_RENVOYE, maintenant.toInstant(), acteur,
                "COURRIEL:" + id + " " + d.destinataires(),
                "Modèle " + d.modele() + ", " + d.tentatives() + " tentative(s) précédente(s), dernière erreur : "
                        + d.derniereErreur(),
                adresseIp));
        return Renvoi.RENVOYE;
    }

    private static Requete where(Filtre f) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parametres = new LinkedHashMap<>();
        if (present(f.statut())) {
            conditions.add("statut = :statut");
            parametres.put("statut", f.statut());
        }
        if (present(f.destinataire())) {
            conditions.add("(destinataires ilike :destinataire or copies ilike :destinataire)");
            parametres.put("destinataire", "%" + echapper(f.destinataire().trim()) + "%");
        }
        if (present(f.modele())) {
            conditions.add("modele = :modele");
            parametres.put("modele", f.modele());
        }
        if (f.du() != null) {
            conditions.add("cree_le >= :du");
            parametres.put("du", f.du().atStartOfDay(PARIS).toOffsetDateTime());
        }
        if (f.au() != null) {
            conditions.add("cree_le < :au");
            parametres.put("au", f.au().plusDays(1).atStartOfDay(PARIS).toOffsetDateTime());
        }
        return new Requete(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parametres);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** Escapes the LIKE wildcards typed by the user (the default escape character is the backslash). */
    static String echapper(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private record Requete(String sql, Map<String, Object> parametres) {
        JdbcClient.StatementSpec appliquer(JdbcClient.StatementSpec spec) {
            parametres.forEach(spec::param);
            return spec;
        }
    }
}
