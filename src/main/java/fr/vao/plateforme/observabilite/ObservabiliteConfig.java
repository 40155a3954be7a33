package fr.vao.plateforme.observabilite;

import java.util.EnumSet;
import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskDecorator;

/** The request id filter, first of all (before Spring Security's chains), and the MDC carried to async listeners. */
@Configuration(proxyBeanMethods = false)
class ObservabiliteConfig {

    @Bean
    FilterRegistrationBean<IdentifiantRequete> identifiantRequete() {
        FilterRegistrationBean<IdentifiantRequete> inscription = new FilterRegistrationBean<>(new IdentifiantRequete());
        inscription.setOrder(Ordered.HIGHEST_PRECEDENCE);
        inscription.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return inscription;
    }

    /**
     * The application task executor (the {@code @ApplicationModuleListener}s: audit log, mails after commit) runs
     * with the MDC of the thread that published, so that its log lines carry the same request id.
     */
    @Bean
    TaskDecorator mdcPropage() {
        return tache -> {
            Map<String, String> contexte = MDC.getCopyOfContextMap();
            return () -> {
                Map<String, String> precedent = MDC.getCopyOfContextMap();
                if (contexte == null) {
                    MDC.clear();
                } else {
                    MDC.setContextMap(contexte);
                }
                try {
                    tache.run();
                } finally {
                    if (precedent == null) {
                        MDC.clear();
                    } else {
                        MDC.setContextMap(precedent);
                    }
                }
            };
        };
    }
}
