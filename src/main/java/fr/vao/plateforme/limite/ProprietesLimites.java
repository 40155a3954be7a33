package fr.vao.plateforme.limite;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import fr.vao.plateforme.limite.LimiteParAdresse.Action;

/**
 * Per-address limits of the public forms (ADR 0036; {@code VAO_LIMITES_*}, defaults in application.properties).
 *
 * @param actives {@code false} switches every per-address limit off (VAO_LIMITES_ACTIVES)
 * @param exemptees addresses or CIDR blocks never limited (VAO_LIMITES_EXEMPTEES): risky, whoever shares such an
 *     address escapes the limits; the tests exempt the loopback
 * @param purge the scheduled deletion of old counters
 */
@ConfigurationProperties("vao.limites")
public record ProprietesLimites(
        @DefaultValue("true") boolean actives,
        @DefaultValue List<String> exemptees,
        Limite connexion,
        Limite code,
        Limite inscription,
        Limite motDePasse,
        Limite renvoi,
        Limite formulaire,
        @DefaultValue Purge purge) {

    /** At most {@code maximum} POSTs per {@code fenetre} from one address. */
    public record Limite(int maximum, Duration fenetre) {

        public Limite {
            if (maximum < 1 || fenetre == null || fenetre.isNegative() || fenetre.isZero()) {
                throw new IllegalArgumentException("Limite invalide : " + maximum + " par " + fenetre);
            }
        }
    }

    /**
     * @param age counters whose window started longer ago are deleted by the hourly purge
     *     ({@code vao.limites.purge.cron}): longer than every window, the API's included (VAO_LIMITES_PURGE_AGE)
     */
    public record Purge(@DefaultValue("P1D") Duration age) {
    }

    public Limite de(Action action) {
        Limite limite = switch (action) {
            case CONNEXION -> connexion;
            case CODE -> code;
            case INSCRIPTION -> inscription;
            case MOT_DE_PASSE -> motDePasse;
            case RENVOI -> renvoi;
            case FORMULAIRE -> formulaire;
        };
        if (limite == null) {
            throw new IllegalStateException("vao.limites." + action.cle() + " n'est pas configurée");
        }
        return limite;
    }
}
