package fr.vao.plateforme.fonctionnalites;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.audit.EvenementAudit;
import fr.vao.audit.TypeEvenementAudit;

/**
 * Feature flags (table {@code fonctionnalite}): a flag is active when enabled, or when now is between its start and
 * end dates. Every reader goes through this service.
 */
@Service
public class Fonctionnalites {

    public static final String AUTH_2FA = "AUTH_2FA";
    public static final String RENOUVELLEMENT_AGREMENT = "RENOUVELLEMENT_AGREMENT";

    /** The flag changed since the form was opened (optimistic lock). */
    public static class ConflitException extends RuntimeException {
        public ConflitException() {
            super("Fonctionnalité modifiée entre-temps");
        }
    }

    private final JdbcClient jdbc;
    private final Clock horloge;
    private final ApplicationEventPublisher evenements;

    Fonctionnalites(JdbcClient jdbc, Clock horloge, ApplicationEventPublisher evenements) {
        this.jdbc = jdbc;
        this.horloge = horloge;
        this.evenements = evenements;
    }

    public List<Fonctionnalite> lister() {
        return jdbc.sql("""
                select code, libelle, active, date_debut, date_fin, modifie_le, modifie_par, version
                from fonctionnalite order by code""").query(Fonctionnalite.class).list();
    }

    public Optional<Fonctionnalite> trouver(String code) {
        return jdbc.sql("""
                select code, libelle, active, date_debut, date_fin, modifie_le, modifie_par, version
                from fonctionnalite where code = :code""").param("code", code).query(Fonctionnalite.class).optional();
    }

    public OffsetDateTime maintenant() {
        return OffsetDateTime.now(horloge);
    }

    /**
     * Changes a flag (the caller has checked the user's right and that {@code debut} is before {@code fin});
     * audited with the state before and after.
     *
     * @param auteur who, as in the audit log ("BO:12 agent@x.fr")
     * @throws ConflitException when the version is stale
     */
    @Transactional
    public void modifier(String code, int version, boolean active, OffsetDateTime debut, OffsetDateTime fin,
            String auteur, String ip) {
        Fonctionnalite avant = trouver(code).orElseThrow(ConflitException::new);
        int lignes = jdbc.sql("""
                update fonctionnalite set active = :active, date_debut = :debut, date_fin = :fin,
                       modifie_le = :maintenant, modifie_par = :auteur, version = version + 1
                where code = :code and version = :version""")
                .param("active", active).param("debut", debut).param("fin", fin)
                .param("maintenant", OffsetDateTime.now(horloge)).param("auteur", auteur)
                .param("code", code).param("version", version).update();
        if (lignes != 1) {
            throw new ConflitException();
        }
        Fonctionnalite apres = trouver(code).orElseThrow();
        if (!Objects.equals(etat(avant), etat(apres))) {
            evenements.publishEvent(new EvenementAudit(TypeEvenementAudit.FONCTIONNALITE_MODIFIEE, horloge.instant(),
                    auteur, "FONCTIONNALITE:" + code, etat(avant) + " → " + etat(apres), ip));
        }
    }

    private static String etat(Fonctionnalite f) {
        return "active=" + f.active() + ", début=" + (f.dateDebut() == null ? "-" : f.dateDebut().toInstant())
                + ", fin=" + (f.dateFin() == null ? "-" : f.dateFin().toInstant());
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
