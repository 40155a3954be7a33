package fr.vao.api;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API's limits (README "Configuration", docs/api.md). The signing keys are read by {@link ClesApi}.
 *
 * @param limiteParMinute calls a token may make per minute before a 429 (VAO_API_LIMITE_PAR_MINUTE)
 * @param jetonsInvalidesMax invalid tokens an address may send before it is refused (VAO_API_JETONS_INVALIDES_MAX)
 * @param blocage how long such an address is refused (VAO_API_BLOCAGE)
 * @param jetonsActifsMax tokens an organiser may hold at once, neither revoked nor expired (VAO_API_JETONS_ACTIFS_MAX)
 * @param adressesExemptees addresses or CIDR blocks never blocked for invalid tokens (risky: the test suite's
 *     loopback only; VAO_API_ADRESSES_EXEMPTEES, default none)
 */
@ConfigurationProperties("vao.api")
public record ProprietesApi(
        @DefaultValue("120") int limiteParMinute,
        @DefaultValue("5") int jetonsInvalidesMax,
        @DefaultValue("1h") Duration blocage,
        @DefaultValue("5") int jetonsActifsMax,
        @DefaultValue List<String> adressesExemptees) {
}
