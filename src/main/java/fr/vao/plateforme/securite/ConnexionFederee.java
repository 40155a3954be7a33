package fr.vao.plateforme.securite;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A login through an external identity provider (ProConnect, ADR 0035), added to the back office's filter chain by
 * the module that owns the accounts. Absent when the provider is not configured.
 */
public interface ConnexionFederee {

    /** Adds the provider's login and logout to the back office's chain (called after the chain's own settings). */
    void configurer(HttpSecurity http) throws Exception;

    /**
     * The provider's origin ({@code https://host}): the login and logout forms end there through redirects, which the
     * CSP's {@code form-action} must allow.
     */
    String origine();
}
