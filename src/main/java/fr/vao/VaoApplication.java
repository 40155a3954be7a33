package fr.vao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/** No auto-configured in-memory user: both portals have their own user stores (compte module). */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class VaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(VaoApplication.class, args);
    }
}
