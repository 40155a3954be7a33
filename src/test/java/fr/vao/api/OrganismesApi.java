package fr.vao.api;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

import fr.vao.agrement.OrganismesAgrement;

/** Organismes for the API tests: a siège and its établissement secondaire, and the bearer header of a member. */
final class OrganismesApi {

    private OrganismesApi() {
    }

    /** A fresh organisme turned into an établissement secondaire (SIRET …00029) of the siège's SIREN. */
    static OrganismesAgrement.Organisme etablissement(JdbcClient jdbc, OrganismesAgrement.Organisme siege) {
        OrganismesAgrement.Organisme e = OrganismesAgrement.nouveau(jdbc, null);
        String siren = siege.siret().substring(0, 9);
        String siret = siren + "00029";
        jdbc.sql("update organisme set siren = :siren, siret = :siret, porteur_agrement = false where id = :id")
                .param("siren", siren).param("siret", siret).param("id", e.id()).update();
        jdbc.sql("update organisme_identite set siret = :siret, siege_social = false where organisme_id = :id")
                .param("siret", siret).param("id", e.id()).update();
        jdbc.sql("update organisateur set siret = :siret where email = :email").param("siret", siret)
                .param("email", e.email()).update();
        return new OrganismesAgrement.Organisme(e.id(), siret, e.membre(), e.email());
    }

    /** The {@code Authorization} header of a token of this organisme's member. */
    static String bearer(JetonsApi jetons, OrganismesAgrement.Organisme o) {
        return "Bearer " + jetons.emettre(o.membre().id(), Duration.ofDays(30));
    }
}
