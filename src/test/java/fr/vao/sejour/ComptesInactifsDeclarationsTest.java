package fr.vao.sejour;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vao.compte.organisateur.InactiviteComptes;
import fr.vao.organisme.Responsable;
import fr.vao.plateforme.taches.RapportTache;
import fr.vao.support.TestIntegration;

/**
 * Rule 20 (spec §2.3): the inactive-account deletion never deletes an account whose organisation (its organisme, or
 * an organisme of its SIREN) has a déclaration, and deletes the others with their membership. The job runs with the
 * clock in 2015, long before every other test's accounts (their last login or registration is later), so that it
 * only finds this class's accounts.
 */
class ComptesInactifsDeclarationsTest extends TestIntegration {

    @Autowired
    InactiviteComptes inactivite;

    @Autowired
    DeclarationsSejour declarations;

    private long nombre(String sql, Object valeur) {
        return jdbc.sql(sql).param("v", valeur).query(Long.class).single();
    }

    /** A déclaration draft of this organisme, inserted as the module stores it. */
    private void brouillon(OrganismesAgrees.Organisme o) {
        DeclarationSejour modele = DeclarationsExemple.complete(Statut.BROUILLON);
        DeclarationSejour d = new DeclarationSejour(0, null, Statut.BROUILLON, o.id(), null,
                new InformationsGenerales("Séjour RGPD", LocalDate.of(2016, 7, 1), LocalDate.of(2016, 7, 10),
                        new Responsable("Martin", "Claire", "Directrice", "1 rue de Rivoli 75001 Paris",
                                "0612345678", "claire.martin@exemple.fr")),
                modele.vacanciers(), modele.personnel(), modele.equipe(), modele.projet(), modele.transport(),
                modele.sanitaire(), modele.hebergements(), null, 0);
        declarations.inserer(d, Map.of("nom", "SEJOURS ADAPTES"), o.membre().id(), OffsetDateTime.now(horloge));
    }

    /** Blocked, inactive for 200 days, its deletion date passed: the account job C5 would delete it. */
    private void aSupprimer(long organisateur) {
        OffsetDateTime maintenant = OffsetDateTime.now(horloge);
        jdbc.sql("""
                update organisateur set statut = 'TEMPORARY_BLOCKED', derniere_connexion_le = :connexion,
                    bloque_temporairement_le = :connexion, suppression_alertee_le = :alerte,
                    suppression_prevue_le = :prevue where id = :id""")
                .param("connexion", maintenant.minusDays(200)).param("alerte", maintenant.minusDays(31))
                .param("prevue", maintenant.toLocalDate().minusDays(1)).param("id", organisateur).update();
    }

    @Test
    void laSuppressionDesComptesInactifsNeSupprimeJamaisUnCompteDontLOrganisationADesDeclarations() {
        horloge.regler(LocalDate.of(2015, 6, 1).atTime(10, 0).atZone(ZoneId.of("Europe/Paris")).toInstant());
        OrganismesAgrees.Organisme declarant = OrganismesAgrees.nouveau(jdbc, true);
        brouillon(declarant);
        OrganismesAgrees.Organisme etablissement = OrganismesAgrees.nouveau(jdbc, true);
        // an établissement secondaire of the declaring organisme's SIREN, without déclaration of its own
        jdbc.sql("update organisme set siren = :s, porteur_agrement = false where id = :o")
                .param("s", declarant.siret().substring(0, 9)).param("o", etablissement.id()).update();
        OrganismesAgrees.Organisme sansDeclaration = OrganismesAgrees.nouveau(jdbc, true);
        aSupprimer(declarant.membre().id());
        aSupprimer(etablissement.membre().id());
        aSupprimer(sansDeclaration.membre().id());

        RapportTache rapport = inactivite.supprimerInactifs();

        assertThat(rapport.erreurs()).isEmpty();
        assertThat(nombre("select count(*) from organisateur where id = :v", declarant.membre().id()))
                .as("its organisme has a déclaration").isEqualTo(1);
        assertThat(nombre("select count(*) from organisateur where id = :v", etablissement.membre().id()))
                .as("its SIREN's siège has a déclaration").isEqualTo(1);
        assertThat(nombre("select count(*) from organisateur where id = :v", sansDeclaration.membre().id()))
                .as("no déclaration: deleted with its membership").isZero();
        assertThat(nombre("select count(*) from organisme_membre where organisateur_id = :v",
                sansDeclaration.membre().id())).isZero();
    }

}
