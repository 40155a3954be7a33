package fr.vao.sejour;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the eig module reads of a déclaration (spec §2.9) and the history entries it adds to it ("Dépot d'un eig",
 * "Lecture de l'eig"): a small public API, so that the eig module never reads this module's tables.
 */
@Service
public class DeclarationsPourEig {

    /** The statuses of a stay an EIG may be declared on (rule 68). */
    public static final Set<Statut> STATUTS_ELIGIBLES = Set.of(Statut.VALIDEE_8J, Statut.SEJOUR_EN_COURS,
            Statut.TERMINEE);
    /** An EIG may be declared up to this many days after the end of the stay (rule 68). */
    public static final int JOURS_APRES_FIN = 7;

    /** A member of the 8-day staff. */
    public record Membre(String nom, String prenom, LocalDate dateNaissance, String competence, Set<String> fonctions,
            String telephone) {
    }

    /**
     * A déclaration as the EIG needs it.
     *
     * @param departements the départements of its hébergements, in the order of the stay
     * @param hebergements the names of its hébergements, in the same order
     * @param equipe the encadrants and accompagnants declared at 8 days
     * @param agrementRegion the région of the organiser's agrément when the déclaration was created
     */
    public record Sejour(long id, String numero, String libelle, Statut statut, long organismeId, String organisme,
            LocalDate dateDebut, LocalDate dateFin, List<String> departements, List<String> hebergements,
            String departementSuivi, String responsable, String responsableEmail, List<Membre> equipe,
            String agrementRegion) {

        /** Whether an EIG may be declared on it today (rule 68): its status, started, ended at most 7 days ago. */
        public boolean eligible(LocalDate aujourdhui) {
            return STATUTS_ELIGIBLES.contains(statut) && !dateDebut.isAfter(aujourdhui)
                    && !aujourdhui.isAfter(dateFin.plusDays(JOURS_APRES_FIN));
        }
    }

    private final DeclarationsSejour declarations;
    private final JdbcClient jdbc;
    private final Clock horloge;

    DeclarationsPourEig(DeclarationsSejour declarations, JdbcClient jdbc, Clock horloge) {
        this.declarations = declarations;
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    @Transactional(readOnly = true)
    public Optional<Sejour> sejour(long id) {
        return declarations.trouver(id).map(this::sejour);
    }

    private Sejour sejour(DeclarationSejour d) {
        InformationsGenerales i = d.informations();
        List<Membre> equipe = new ArrayList<>();
        for (Intervenant p : d.equipe().encadrants()) {
            equipe.add(membre(p));
        }
        for (Intervenant p : d.equipe().accompagnants()) {
            equipe.add(membre(p));
        }
        Optional<InstantaneOrganisme> o = declarations.instantane(d.id());
        return new Sejour(d.id(), d.numero(), i.libelle(), d.statut(), d.organismeId(),
                o.map(InstantaneOrganisme::nom).orElse(null), i.dateDebut(), i.dateFin(),
                d.hebergements().etapes().stream().map(Etape::departement).distinct().toList(),
                d.hebergements().etapes().stream().map(Etape::nom).toList(), d.departementSuivi(),
                i.responsable() == null ? null : i.responsable().prenom() + " " + i.responsable().nom(),
                i.responsable() == null ? null : i.responsable().email(), equipe,
                o.map(InstantaneOrganisme::agrementRegion).orElse(null));
    }

    private static Membre membre(Intervenant p) {
        return new Membre(p.nom(), p.prenom(), p.dateNaissance(), p.competence(), p.fonctions(), p.telephone());
    }

    /**
     * The stays of these organismes an EIG may be declared on today (rule 68), whose title or numéro starts with
     * {@code recherche} (any when blank), at most {@code max}, the most recent first.
     */
    @Transactional(readOnly = true)
    public List<Sejour> eligibles(Collection<Long> organismes, String recherche, int max) {
        if (organismes.isEmpty()) {
            return List.of();
        }
        LocalDate aujourdhui = LocalDate.now(horloge.withZone(SaisieDeclarations.PARIS));
        String debut = recherche == null ? "" : recherche.strip().toLowerCase().replace("%", "").replace("_", "");
        List<Long> ids = jdbc.sql("""
                select id from declaration_sejour
                where organisme_id in (:organismes) and statut in (:statuts) and date_debut <= :jour
                  and date_fin >= :finMin and (lower(libelle) like :debut or lower(coalesce(numero, '')) like :debut)
                order by date_debut desc, id desc limit :max""")
                .param("organismes", organismes)
                .param("statuts", STATUTS_ELIGIBLES.stream().map(Statut::code).toList())
                .param("jour", aujourdhui).param("finMin", aujourdhui.minusDays(JOURS_APRES_FIN))
                .param("debut", debut + "%").param("max", max).query(Long.class).list();
        return ids.stream().map(this::sejour).flatMap(Optional::stream).toList();
    }

    /**
     * Adds an entry to the déclaration's history (type {@code eig_depot} or {@code eig_lecture}).
     *
     * @param source who: the organiser's name, or "DDETS 75", "DREETS IDF"
     */
    @Transactional
    public void historiser(long id, String source, Long organisateur, Long agent, String type, String precision) {
        if (!type.startsWith("eig_")) {
            throw new IllegalArgumentException(type);
        }
        declarations.historiser(id, OffsetDateTime.now(horloge), source, organisateur, agent, type, precision, null);
    }
}
