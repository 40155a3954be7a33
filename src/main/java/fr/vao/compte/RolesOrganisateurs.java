package fr.vao.compte;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.audit.EvenementAudit;
import fr.vao.audit.TypeEvenementAudit;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * The organisers' EIG roles (spec §1.1, table {@code organisateur_role}). Who may grant them is decided by the
 * organisme module (a holder of Eig_Ecriture of the same organisme or of the siège); this class only stores them.
 */
@Service
public class RolesOrganisateurs {

    public static final String EIG_LECTURE = "Eig_Lecture";
    public static final String EIG_ECRITURE = "Eig_Ecriture";
    public static final List<String> TOUS = List.of(EIG_LECTURE, EIG_ECRITURE);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    RolesOrganisateurs(JdbcClient jdbc, ApplicationEventPublisher evenements, Clock horloge) {
        this.jdbc = jdbc;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    public Set<String> de(long organisateurId) {
        return new TreeSet<>(jdbc.sql("select role from organisateur_role where organisateur_id = :id")
                .param("id", organisateurId).query(String.class).list());
    }

    public Map<Long, Set<String>> de(Collection<Long> ids) {
        Map<Long, Set<String>> roles = new HashMap<>();
        if (ids.isEmpty()) {
            return roles;
        }
        jdbc.sql("select organisateur_id, role from organisateur_role where organisateur_id in (:ids)")
                .param("ids", ids).query((rs, n) -> roles.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>())
                        .add(rs.getString(2)))
                .list();
        return roles;
    }

    /** The creator of a personne physique or of a siège social gets Eig_Ecriture (spec §1.1). */
    @Transactional
    public void accorderAuCreateur(long organisateurId) {
        jdbc.sql("""
                insert into organisateur_role (organisateur_id, role, accorde_le) values (:id, :role, :le)
                on conflict do nothing""")
                .param("id", organisateurId).param("role", EIG_ECRITURE).param("le", OffsetDateTime.now(horloge))
                .update();
    }

    /**
     * Replaces the EIG roles of a colleague by {@code roles}; the caller has checked that {@code acteur} may do so.
     * Unknown roles are refused.
     */
    @Transactional
    public void remplacer(UtilisateurConnecte acteur, long organisateurId, Set<String> roles) {
        if (!TOUS.containsAll(roles)) {
            throw new ActionCompteRefusee(400, "compte.roles.inconnu");
        }
        Set<String> avant = de(organisateurId);
        if (avant.equals(new TreeSet<>(roles))) {
            return;
        }
        OffsetDateTime le = OffsetDateTime.now(horloge);
        jdbc.sql("delete from organisateur_role where organisateur_id = :id and role not in (:roles)")
                .param("id", organisateurId).param("roles", roles.isEmpty() ? List.of("") : roles).update();
        for (String role : roles) {
            jdbc.sql("""
                    insert into organisateur_role (organisateur_id, role, accorde_le, accorde_par)
                    values (:id, :role, :le, :par) on conflict do nothing""")
                    .param("id", organisateurId).param("role", role).param("le", le).param("par", acteur.id())
                    .update();
        }
        String cible = jdbc.sql("select 'FO:' || id || ' ' || email from organisateur where id = :id")
                .param("id", organisateurId).query(String.class).single();
        evenements.publishEvent(new EvenementAudit(TypeEvenementAudit.ROLES_MODIFIES, horloge.instant(),
                "FO:" + acteur.id() + " " + acteur.email(), cible,
                "Rôles EIG : " + String.join(", ", avant) + " → " + String.join(", ", new TreeSet<>(roles)), null));
    }
}
