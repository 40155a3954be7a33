package fr.vao;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules may use only each other's top-level packages (plateforme is open). */
class ModulesTest {

    @Test
    void lesModulesRespectentLeursFrontieres() {
        ApplicationModules.of(VaoApplication.class).verify();
    }
}
