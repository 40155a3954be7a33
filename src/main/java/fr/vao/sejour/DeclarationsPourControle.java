package fr.vao.sejour;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * What the controle module reads of a déclaration (issue 6): the stay, its hébergements and its 8-day staff, whether
 * an organiser may read it, and the one history entry an inspection adds to it — only once its report is sent (ADR
 * 0030). A small public API, so that the controle module never reads this module's tables.
 */
@Service
public class DeclarationsPourControle {

    /** The statuses of a stay an inspection may be planned on. */
    public static final Set<Statut> STATUTS_CONTROLABLES = Set.of(Statut.VALIDEE_8J, Statut.SEJOUR_EN_COURS);

    /** A member of the 8-day staff; {@code encadrant}: false for an accompagnant. */
    public record Membre(String nom, String prenom, LocalDate dateNaissance, String competence, Set<String> fonctions,
            boolean encadrant, boolean attestation) {
    }

    /** One hébergement of the stay. */
    public record Lieu(UUID hebergementId, String nom, String departement, LocalDate du, LocalDate au) {
    }

    /** A déclaration as the inspection needs it. */
    public record Sejour(long id, String numero, String libelle, Statut statut, long organismeId, String organisme,
            LocalDate dateDebut, LocalDate dateFin, String departementSuivi, List<Lieu> lieux, Integer vacanciers,
            String responsable, String responsableEmail, List<Membre> equipe) {

        public boolean controlable() {
            return STATUTS_CONTROLABLES.contains(statut);
        }

        public Optional<Lieu> lieu(UUID hebergementId) {
            return lieux.stream().filter(l -> l.hebergementId().equals(hebergementId)).findFirst();
        }
    }

    private final DeclarationsSejour declarations;
    private final SaisieDeclarations saisie;
    private final Clock horloge;

    DeclarationsPourControle(DeclarationsSejour declarations, SaisieDeclarations saisie, Clock horloge) {
        this.declarations = declarations;
        this.saisie = saisie;
        this.horloge = horloge;
    }

    @Transactional(readOnly = true)
    public Optional<Sejour> sejour(long id) {
        return declarations.trouver(id).filter(d -> d.statut() != Statut.BROUILLON).map(this::sejour);
    }

    private Sejour sejour(DeclarationSejour d) {
        InformationsGenerales i = d.informations();
        List<Membre> equipe = new ArrayList<>();
        for (Intervenant p : d.equipe().encadrants()) {
            equipe.add(new Membre(p.nom(), p.prenom(), p.dateNaissance(), p.competence(), p.fonctions(), true,
                    p.attestation()));
        }
        for (Intervenant p : d.equipe().accompagnants()) {
            equipe.add(new Membre(p.nom(), p.prenom(), p.dateNaissance(), p.competence(), p.fonctions(), false,
                    p.attestation()));
        }
        Optional<InstantaneOrganisme> o = declarations.instantane(d.id());
        List<Lieu> lieux = d.hebergements().etapes().stream().map(e -> new Lieu(e.hebergementId(), e.nom(),
                e.departement(), e.dateDebut(), e.dateFin())).toList();
        return new Sejour(d.id(), d.numero(), i.libelle(), d.statut(), d.organismeId(),
                o.map(InstantaneOrganisme::nom).orElse(null), i.dateDebut(), i.dateFin(), d.departementSuivi(), lieux,
                d.vacanciers() == null ? null : d.vacanciers().total(),
                i.responsable() == null ? null : i.responsable().prenom() + " " + i.responsable().nom(),
                i.responsable() == null ? null : i.responsable().email(), equipe);
    }

    /** Whether this organiser may read the déclaration (its organisme's, or an établissement's for a siège). */
    @Transactional(readOnly = true)
    public boolean lisiblePar(UtilisateurConnecte u, long id) {
        if (u.portail() != Portail.FO) {
            return false;
        }
        // as SaisieDeclarations.lire, without its exception (it would mark the caller's transaction rollback-only)
        return saisie.organismeDe(u).map(o -> declarations.trouver(id)
                .filter(d -> saisie.visibles(o).contains(d.organismeId())).isPresent()).orElse(false);
    }

    /**
     * Adds the "Rapport d'inspection" entry to the déclaration's history, when the report is sent (never before:
     * ADR 0030).
     */
    @Transactional
    public void historiserRapport(long id, String source, long agent, String precision) {
        declarations.historiser(id, OffsetDateTime.now(horloge), source, null, agent, "inspection_rapport",
                precision, null);
    }
}
