package fr.vao.plateforme;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time is injected: every deadline and job reads this clock (tests replace it). */
@Configuration(proxyBeanMethods = false)
class HorlogeConfig {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Bean
    Clock horloge() {
        return Clock.system(PARIS);
    }
}
