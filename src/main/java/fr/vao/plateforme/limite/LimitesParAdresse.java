package fr.vao.plateforme.limite;


import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import fr.vao.plateforme.limite.LimiteParAdresse.Action;

/**
 * Per-address limits of the public forms (ADR 0036): every POST of a visitor who is not logged in counts, before its
 * handler runs, against the action of its {@link LimiteParAdresse} ({@link Action#FORMULAIRE} without one), keyed by
 * action and {@code request.getRemoteAddr()} (the client behind the trusted proxies only; an IPv6 client by its /64
 * network). Beyond the limit the handler does not run: {@link LimiteAtteinte} answers 429. Counted in PostgreSQL
 * ({@link LimitesDebit}), so that the limits hold across replicas. The API ({@code /api/**}) has its own limits.
 */
@Component
class LimitesParAdresse implements HandlerInterceptor, WebMvcConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(LimitesParAdresse.class);

    private final LimitesDebit limites;
    private final ProprietesLimites proprietes;
    private final AdressesExemptees exemptees;

    LimitesParAdresse(LimitesDebit limites, ProprietesLimites proprietes) {
        this.limites = limites;
        this.proprietes = proprietes;
        for (Action action : Action.values()) {
            proprietes.de(action); // a missing limit stops the start
        }
        this.exemptees = AdressesExemptees.de(proprietes.exemptees());
        if (!exemptees.aucune()) {
            LOG.warn("Adresses exemptées des limites par adresse : {}", proprietes.exemptees());
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!proprietes.actives() || !"POST".equals(request.getMethod())
                || request.getDispatcherType() != DispatcherType.REQUEST || !(handler instanceof HandlerMethod methode)
                || connecte()) {
            return true;
        }
        String adresse = request.getRemoteAddr();
        if (exemptees.contient(adresse)) {
            return true;
        }
        LimiteParAdresse annotation = methode.getMethodAnnotation(LimiteParAdresse.class);
        Action action = annotation == null ? Action.FORMULAIRE : annotation.value();
        ProprietesLimites.Limite limite = proprietes.de(action);
        LimitesDebit.Verdict verdict = limites.consommer(
                "adresse:" + action.cle() + ":" + LimitesDebit.client(adresse), limite.maximum(), limite.fenetre());
        if (!verdict.autorise()) {
            LOG.warn("Limite « {} » atteinte pour {} ({}) : refus pendant {} s", action.cle(), adresse,
                    request.getRequestURI(), verdict.secondes());
            throw new LimiteAtteinte(verdict);
        }
        return true;
    }

    /** Logged in (the CGU acceptance, every form behind the login): not an anonymous POST. */
    private static boolean connecte() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken);
    }
}
