package fr.vao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class VaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(VaoApplication.class, args);
    }
}
