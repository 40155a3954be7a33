package fr.vao.compte.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/** The roles saved for an account (spec §2.4), without Spring. */
class RolesFinauxTest {

    private static UtilisateurConnecte admin(String... roles) {
        return new UtilisateurConnecte(Portail.BO, 1, "a@vao.test", "A", "B", Set.of(roles), "FRA", "NAT");
    }

    @Test
    void eigEstToujoursAjoute() {
        assertThat(GestionAgents.rolesFinaux(admin("Compte"), Set.of("DemandeSejour_Lecture"), Set.of()))
                .containsExactlyInAnyOrder("DemandeSejour_Lecture", "eig");
    }

    @Test
    void controleEstSelectionnable() {
        assertThat(RolesAgent.SELECTIONNABLES).contains(RolesAgent.CONTROLE);
        assertThat(GestionAgents.rolesFinaux(admin("Compte"), Set.of("Controle", "DemandeSejour_Lecture"), Set.of()))
                .containsExactlyInAnyOrder("Controle", "DemandeSejour_Lecture", "eig");
        // removed when unticked
        assertThat(GestionAgents.rolesFinaux(admin("Compte"), Set.of("Compte"), Set.of("Controle", "eig")))
                .containsExactlyInAnyOrder("Compte", "eig");
    }

    @Test
    void auMoinsUnRoleConnuEstExige() {
        assertThatThrownBy(() -> GestionAgents.rolesFinaux(admin("Compte"), Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GestionAgents.rolesFinaux(admin("Compte"), Set.of("Agrement"), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void desactivationNEstDonneeEtRetireeQueParSesTitulaires() {
        assertThatThrownBy(() -> GestionAgents.rolesFinaux(admin("Compte"), Set.of("Desactivation"), Set.of()))
                .isInstanceOf(AccessDeniedException.class);
        // kept when an administrator without it edits an account that has it
        assertThat(GestionAgents.rolesFinaux(admin("Compte"), Set.of("Compte"), Set.of("Desactivation", "eig")))
                .containsExactlyInAnyOrder("Compte", "Desactivation", "eig");
        // a holder may remove it
        assertThat(GestionAgents.rolesFinaux(admin("Compte", "Desactivation"), Set.of("Compte"),
                Set.of("Desactivation", "eig"))).containsExactlyInAnyOrder("Compte", "eig");
    }
}
