package fr.vao.organisme;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * The déclarations de séjour of an organisme as its back-office pages show them (spec §2.13, §2.14). The sejour
 * module answers it: that module depends on this one (a déclaration belongs to an organisme), so this one asks
 * through an interface of its own rather than depending back on it (no cycle between modules, ADR 0019). The counts
 * of the lists come from the read model {@code declaration_compteur_organisme} that the sejour module maintains.
 */
public interface DeclarationsDeLOrganisme {

    /** A déclaration of the organisme; {@code cleStatut} the message key of its status label. */
    record Resume(long id, String numero, String libelle, LocalDate debut, LocalDate fin, String cleStatut) {
    }

    /** How many of its déclarations the agent sees, and the latest of them (by start date). */
    record Apercu(long total, List<Resume> dernieres) {
    }

    /**
     * The déclarations of these organismes (the organisme, or its SIREN's for a siège) visible to this agent; empty
     * when the agent does not see déclarations at all (no DemandeSejour role).
     */
    Optional<Apercu> pour(UtilisateurConnecte agent, List<Long> organismes, int nombre);

    /** The status codes (persisted values) agents see, in their order: one CSV column each. */
    List<String> statuts();

    /** Whether any of these organismes has a déclaration, whatever its status (drafts included). */
    boolean existe(List<Long> organismes);

    /** The end of the organisme's last stay (the latest end date of its déclarations, any status), if any. */
    Optional<LocalDate> finDernierSejour(long organismeId);

    /** The organismes whose last stay ended before this day, by id (the RGPD purge, ADR 0021). */
    List<Long> derniersSejoursTerminesAvant(LocalDate jour);
}
