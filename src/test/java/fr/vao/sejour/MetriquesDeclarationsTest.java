package fr.vao.sejour;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.Connectes;
import fr.vao.support.Prometheus;
import fr.vao.support.TestIntegration;

/** {@code vao_declarations_transmises_total} and {@code vao_declarations_decisions_total}, through the pages. */
class MetriquesDeclarationsTest extends TestIntegration {

    private double valeur(String nom, String... etiquettes) throws Exception {
        return Prometheus.valeur(mvc, nom, etiquettes);
    }

    @Test
    void uneTransmissionEtUnRefusDeLaDdetsSontComptes() throws Exception {
        Parcours parcours = new Parcours(mvc, jdbc);
        LocalDate debut = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris"))).plusMonths(3);
        double transmises = valeur("vao_declarations_transmises_total", "phase", "2_mois");
        double refusees = valeur("vao_declarations_decisions_total", "phase", "2_mois", "decision", "refusee");
        double enregistrees = valeur("vao_declarations_decisions_total", "phase", "2_mois", "decision", "enregistree");

        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        long id = parcours.transmise(o, debut, debut.plusDays(7));
        assertThat(valeur("vao_declarations_transmises_total", "phase", "2_mois")).isEqualTo(transmises + 1);

        UtilisateurConnecte ddets = Connectes.agent(System.nanoTime() % 1_000_000, "75", "DEP",
                "DemandeSejour_Ecriture");
        parcours.poster(ddets, "/bo/sejours/" + id + "/prise-en-charge", Map.of("version", "" + parcours.version(id)));
        assertThat(valeur("vao_declarations_decisions_total", "phase", "2_mois", "decision", "refusee"))
                .as("la prise en charge n'est pas une décision").isEqualTo(refusees);
        parcours.poster(ddets, "/bo/sejours/" + id + "/refus", Map.of("version", "" + parcours.version(id),
                "commentaire", "Hébergement inadapté"));
        assertThat(parcours.statut(id)).isEqualTo("REFUSEE");
        assertThat(valeur("vao_declarations_decisions_total", "phase", "2_mois", "decision", "refusee"))
                .isEqualTo(refusees + 1);
        assertThat(valeur("vao_declarations_decisions_total", "phase", "2_mois", "decision", "enregistree"))
                .isEqualTo(enregistrees);
    }
}
