package fr.vao.compte.connexion;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.audit.TypeEvenementAudit;
import fr.vao.notification.Courriel;
import fr.vao.notification.Courriels;
import fr.vao.plateforme.securite.Portail;

/**
 * Second factor (spec §4 rule 18): a 6-digit code e-mailed at login (mail M13), valid 15 minutes, single use; 3 wrong
 * entries lock it for 15 minutes. Only the code's SHA-256 is stored, one pending code per user.
 */
@Service
public class CodesVerification {

    public enum Verification {
        VALIDE, INCORRECT, VERROUILLE, EXPIRE, ABSENT
    }

    static final Duration VALIDITE = Duration.ofMinutes(15);
    static final Duration VERROUILLAGE = Duration.ofMinutes(15);
    static final int MAX_ECHECS = 3;
    static final String SUJET = "Portail VAO - Votre code de vérification pour accéder à votre compte";

    private record Ligne(String codeHash, OffsetDateTime expireLe, int echecs, OffsetDateTime bloqueJusquAu) {
    }

    private final JdbcClient jdbc;
    private final Courriels courriels;
    private final Audits audits;
    private final Clock horloge;

    CodesVerification(JdbcClient jdbc, Courriels courriels, Audits audits, Clock horloge) {
        this.jdbc = jdbc;
        this.courriels = courriels;
        this.audits = audits;
        this.horloge = horloge;
    }

    public boolean estVerrouille(Portail portail, long id) {
        OffsetDateTime maintenant = OffsetDateTime.now(horloge);
        return ligne(portail, id).map(l -> l.bloqueJusquAu() != null && l.bloqueJusquAu().isAfter(maintenant))
                .orElse(false);
    }

    /** Mails a new code, replacing the pending one; refused (false) while the code is locked. */
    @Transactional
    public boolean envoyer(Compte compte) {
        if (estVerrouille(compte.portail(), compte.id())) {
            return false;
        }
        OffsetDateTime maintenant = OffsetDateTime.now(horloge);
        String code = String.format("%06d", Empreintes.ALEA.nextInt(1_000_000));
        jdbc.sql("""
                insert into code_verification (portail, utilisateur_id, code_hash, expire_le, echecs, bloque_jusqu_au)
                values (:portail, :id, :hash, :expire, 0, null)
                on conflict (portail, utilisateur_id) do update set code_hash = excluded.code_hash,
                    expire_le = excluded.expire_le, echecs = 0, bloque_jusqu_au = null""")
                .param("portail", compte.portail().name()).param("id", compte.id())
                .param("hash", Empreintes.sha256(code)).param("expire", maintenant.plus(VALIDITE)).update();
        courriels.envoyer(Courriel.a(compte.email(), "connexion-code", SUJET,
                Map.of("code", code, "prenom", compte.prenom(), "nom", compte.nom(),
                        "administration", compte.portail() == Portail.BO)));
        return true;
    }

    @Transactional
    public Verification verifier(Compte compte, String code, String ip) {
        Optional<Ligne> ligne = ligne(compte.portail(), compte.id());
        if (ligne.isEmpty()) {
            return Verification.ABSENT;
        }
        Ligne l = ligne.get();
        OffsetDateTime maintenant = OffsetDateTime.now(horloge);
        if (l.bloqueJusquAu() != null) {
            return l.bloqueJusquAu().isAfter(maintenant) ? Verification.VERROUILLE : Verification.EXPIRE;
        }
        if (!l.expireLe().isAfter(maintenant)) {
            return Verification.EXPIRE;
        }
        if (code != null && Empreintes.egales(Empreintes.sha256(code), l.codeHash())) {
            supprimer(compte);
            return Verification.VALIDE;
        }
        int echecs = l.echecs() + 1;
        boolean verrouille = echecs >= MAX_ECHECS;
        jdbc.sql("""
                update code_verification set echecs = :echecs, bloque_jusqu_au = :bloque
                where portail = :portail and utilisateur_id = :id""")
                .param("echecs", echecs).param("bloque", verrouille ? maintenant.plus(VERROUILLAGE) : null)
                .param("portail", compte.portail().name()).param("id", compte.id()).update();
        audits.publier(TypeEvenementAudit.ECHEC_CODE, compte.trace(), compte.trace(), "code incorrect n°" + echecs, ip);
        if (verrouille) {
            audits.publier(TypeEvenementAudit.VERROUILLAGE_CODE, compte.trace(), compte.trace(),
                    "code bloqué 15 minutes après " + echecs + " échecs", ip);
            return Verification.VERROUILLE;
        }
        return Verification.INCORRECT;
    }

    private void supprimer(Compte compte) {
        jdbc.sql("delete from code_verification where portail = :portail and utilisateur_id = :id")
                .param("portail", compte.portail().name()).param("id", compte.id()).update();
    }

    private Optional<Ligne> ligne(Portail portail, long id) {
        return jdbc.sql("""
                select code_hash, expire_le, echecs, bloque_jusqu_au from code_verification
                where portail = :portail and utilisateur_id = :id""")
                .param("portail", portail.name()).param("id", id).query(Ligne.class).optional();
    }
}
