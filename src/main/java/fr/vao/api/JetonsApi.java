package fr.vao.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * Signs and verifies the API tokens (ADR 0033): RS256 JWTs whose header names the key ({@code kid}) and whose claims
 * are the organiser ({@code sub}), the token id ({@code jti}), the issuer {@value #EMETTEUR} and the audience
 * {@value #AUDIENCE}.
 */
@Service
public class JetonsApi {

    public static final String EMETTEUR = "urn:vao";
    public static final String AUDIENCE = "vao-api";
    /** The longest validity of a token (spec §2.2: one year). */
    public static final Duration VALIDITE_MAX = Duration.ofDays(365);

    /** The label of the tokens made by {@link #emettre(long, Duration)}. */
    static final String LIBELLE_PAR_DEFAUT = "Jeton d'API";

    private final ClesApi cles;
    private final Clock horloge;
    private final JetonsEnregistres enregistres;

    JetonsApi(ClesApi cles, Clock horloge, JetonsEnregistres enregistres) {
        this.cles = cles;
        this.horloge = horloge;
        this.enregistres = enregistres;
    }

    /** A new token for this organiser, stored (hence usable), valid {@code validite} (at most one year) from now. */
    public String emettre(long organisateurId, Duration validite) {
        return emettre(organisateurId, LIBELLE_PAR_DEFAUT, validite).jeton();
    }

    /**
     * A new token for this organiser under this label, stored in the caller's transaction (if any), valid
     * {@code validite} (at most one year) from now. The cap on active tokens is {@link GestionJetonsApi}'s.
     */
    public JetonEmis emettre(long organisateurId, String libelle, Duration validite) {
        if (validite.compareTo(VALIDITE_MAX) > 0 || validite.isNegative() || validite.isZero()) {
            throw new IllegalArgumentException("Un jeton est valable entre 1 seconde et 1 an");
        }
        Instant maintenant = horloge.instant().truncatedTo(ChronoUnit.SECONDS); // JWT dates are in seconds
        Instant expireLe = maintenant.plus(validite);
        UUID jti = UUID.randomUUID();
        enregistres.enregistrer(jti, organisateurId, libelle, maintenant, expireLe);
        return new JetonEmis(jti, signer(organisateurId, jti, maintenant, expireLe), expireLe);
    }

    String signer(long organisateurId, UUID jti, Instant emisLe, Instant expireLe) {
        JWTClaimsSet revendications = new JWTClaimsSet.Builder()
                .issuer(EMETTEUR).audience(AUDIENCE).subject(Long.toString(organisateurId))
                .jwtID(jti.toString()).issueTime(Date.from(emisLe)).expirationTime(Date.from(expireLe))
                .build();
        JWSHeader entete = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(cles.active().getKeyID())
                .type(JOSEObjectType.JWT).build();
        SignedJWT jeton = new SignedJWT(entete, revendications);
        try {
            jeton.sign(new RSASSASigner(cles.active()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jeton.serialize();
    }

    /**
     * The decoder of the API's security chain: signature by one of our keys (chosen by kid), RS256 only, issuer,
     * audience, expiry (on the application's clock) and the presence of {@code jti} and {@code sub}.
     */
    JwtDecoder decodeur() {
        DefaultJWTProcessor<SecurityContext> processeur = new DefaultJWTProcessor<>();
        processeur.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                new ImmutableJWKSet<>(cles.publiques())));
        processeur.setJWTClaimsSetVerifier((claims, contexte) -> {
        }); // the claims are checked by Spring's validators below, on our clock
        NimbusJwtDecoder decodeur = new NimbusJwtDecoder(processeur);
        JwtTimestampValidator temps = new JwtTimestampValidator(Duration.ZERO);
        temps.setClock(horloge);
        decodeur.setJwtValidator(new DelegatingOAuth2TokenValidator<>(temps, new JwtIssuerValidator(EMETTEUR),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(AUDIENCE)),
                new JwtClaimValidator<String>("jti", j -> j != null),
                new JwtClaimValidator<String>("sub", s -> s != null)));
        return decodeur;
    }
}
