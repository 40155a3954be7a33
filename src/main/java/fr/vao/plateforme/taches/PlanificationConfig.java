package fr.vao.plateforme.taches;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/** Scheduled jobs run once across replicas (ShedLock on PostgreSQL). {@code vao.taches.actives=false} stops them. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class PlanificationConfig {

    @Bean
    LockProvider lockProvider(DataSource source) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(source)).usingDbTime().build());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "vao.taches.actives", havingValue = "true", matchIfMissing = true)
    static class Planification {
    }
}
