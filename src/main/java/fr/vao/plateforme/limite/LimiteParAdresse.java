package fr.vao.plateforme.limite;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The per-address limit a public form's POST handler counts against (ADR 0036). Every POST of an anonymous visitor
 * is limited ({@link LimitesParAdresse}): a handler without this annotation counts against {@link Action#FORMULAIRE},
 * so a new public form cannot be left unlimited.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LimiteParAdresse {

    Action value();

    /** What is counted; each action has its own maximum and window ({@code vao.limites.<action>.*}). */
    enum Action {
        /** Password login of both portals. */
        CONNEXION("connexion"),
        /** Second-factor code of both portals. */
        CODE("code"),
        /** Organiser registration. */
        INSCRIPTION("inscription"),
        /** Forgotten-password request of both portals. */
        MOT_DE_PASSE("mot-de-passe"),
        /** Every "send the mail / the code again". */
        RENVOI("renvoi"),
        /** Any other anonymous POST (links' confirmation, new password, agent activation). */
        FORMULAIRE("formulaire");

        private final String cle;

        Action(String cle) {
            this.cle = cle;
        }

        /** The name in the counter's key and in the properties. */
        public String cle() {
            return cle;
        }
    }
}
