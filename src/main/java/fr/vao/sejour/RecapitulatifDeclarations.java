package fr.vao.sejour;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.vao.compte.AnnuaireAgents;
import fr.vao.plateforme.taches.RapportTache;

/**
 * The weekly recap of the déclarations awaiting an action (spec §2.8.8, D15, D16), for the stays that have not
 * started: every agent of the DDETS de suivi gets those to instruct, the organiser's validated users and the
 * responsable of each stay get those waiting for them. One mail per recipient with all its déclarations, those
 * starting within {@value #JOURS_URGENCE} days first; each mail is queued in its own transaction.
 */
@Component
class RecapitulatifDeclarations {

    static final int JOURS_URGENCE = 10;
    static final Set<Statut> POUR_LES_AGENTS = Set.of(Statut.TRANSMISE, Statut.EN_COURS, Statut.TRANSMISE_8J,
            Statut.EN_COURS_8J);
    static final Set<Statut> POUR_LES_ORGANISATEURS = Set.of(Statut.ATTENTE_8_JOURS, Statut.A_MODIFIER,
            Statut.A_MODIFIER_8J);
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A déclaration as the recap lists it; {@code lieux} are the names of its hébergements. */
    record Ligne(long id, String numero, Statut statut, long organismeId, String departementSuivi, LocalDate debut,
            String lieux, String responsable) {

        Map<String, Object> variables() {
            return Map.of("id", id, "numero", numero == null ? "" : numero, "lieux", lieux == null ? "" : lieux,
                    "statut", statut.cle(), "debut", JOUR.format(debut));
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AnnuaireAgents agents;
    private final NotificationsDeclaration notifications;

    RecapitulatifDeclarations(JdbcClient jdbc, TransactionTemplate transaction, AnnuaireAgents agents,
            NotificationsDeclaration notifications) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.agents = agents;
        this.notifications = notifications;
    }

    void envoyer(RapportTache rapport, LocalDate aujourdhui) {
        List<Ligne> lignes = lignes(aujourdhui);
        Map<String, List<Ligne>> parAgent = new TreeMap<>();
        Map<String, List<Ligne>> parOrganisateur = new TreeMap<>();
        Map<String, List<Ligne>> parDepartement = lignes.stream().filter(l -> POUR_LES_AGENTS.contains(l.statut()))
                .filter(l -> l.departementSuivi() != null)
                .collect(Collectors.groupingBy(Ligne::departementSuivi, TreeMap::new, Collectors.toList()));
        parDepartement.forEach((departement, aInstruire) -> agents.emailsDuTerritoire(departement)
                .forEach(email -> ajouter(parAgent, email, aInstruire)));
        Map<Long, List<Ligne>> parOrganisme = lignes.stream().filter(l -> POUR_LES_ORGANISATEURS.contains(l.statut()))
                .collect(Collectors.groupingBy(Ligne::organismeId, TreeMap::new, Collectors.toList()));
        parOrganisme.forEach((organisme, enAttente) -> {
            notifications.organisateursDe(organisme).forEach(email -> ajouter(parOrganisateur, email, enAttente));
            for (Ligne l : enAttente) {
                if (l.responsable() != null && !l.responsable().isBlank()) {
                    ajouter(parOrganisateur, l.responsable(), List.of(l));
                }
            }
        });
        rapport.note(lignes.size() + " déclarations en attente, " + parAgent.size() + " agents et "
                + parOrganisateur.size() + " organisateurs destinataires");
        parAgent.forEach((email, liste) -> envoyer(rapport, email, true, liste, aujourdhui));
        parOrganisateur.forEach((email, liste) -> envoyer(rapport, email, false, liste, aujourdhui));
    }

    private static void ajouter(Map<String, List<Ligne>> parDestinataire, String email, List<Ligne> lignes) {
        List<Ligne> liste = parDestinataire.computeIfAbsent(email.strip().toLowerCase(Locale.ROOT),
                e -> new ArrayList<>());
        Set<Long> deja = liste.stream().map(Ligne::id).collect(Collectors.toCollection(LinkedHashSet::new));
        lignes.stream().filter(l -> !deja.contains(l.id())).forEach(liste::add);
    }

    private void envoyer(RapportTache rapport, String email, boolean agent, List<Ligne> liste, LocalDate aujourdhui) {
        LocalDate limite = aujourdhui.plusDays(JOURS_URGENCE);
        List<Ligne> triees = liste.stream().sorted(java.util.Comparator.comparing(Ligne::debut)
                .thenComparing(Ligne::numero, java.util.Comparator.nullsLast(String::compareTo))).toList();
        List<Map<String, Object>> urgentes = triees.stream().filter(l -> l.debut().isBefore(limite))
                .map(Ligne::variables).toList();
        List<Map<String, Object>> autres = triees.stream().filter(l -> !l.debut().isBefore(limite))
                .map(Ligne::variables).toList();
        try {
            transaction.executeWithoutResult(s -> notifications.recapitulatif(email, agent, urgentes, autres));
            rapport.traite();
            rapport.courriel();
        } catch (RuntimeException e) {
            rapport.erreur("Récapitulatif pour " + email + " : " + e.getMessage());
        }
    }

    /** The déclarations of the stays not yet started in the statuses of the recap (index on status and start). */
    private List<Ligne> lignes(LocalDate aujourdhui) {
        List<String> statuts = new ArrayList<>();
        POUR_LES_AGENTS.forEach(s -> statuts.add(s.code()));
        POUR_LES_ORGANISATEURS.forEach(s -> statuts.add(s.code()));
        return jdbc.sql("""
                select d.id, d.numero, d.statut, d.organisme_id, d.departement_suivi, d.date_debut,
                    d.responsable->>'email' responsable, string_agg(h.nom, ', ' order by h.ordre) lieux
                from declaration_sejour d left join declaration_hebergement h on h.declaration_id = d.id
                where d.statut in (:statuts) and d.date_debut >= :aujourdhui
                group by d.id order by d.date_debut, d.id""").param("statuts", statuts)
                .param("aujourdhui", aujourdhui)
                .query((rs, n) -> new Ligne(rs.getLong("id"), rs.getString("numero"),
                        Statut.deCode(rs.getString("statut")), rs.getLong("organisme_id"),
                        rs.getString("departement_suivi"), rs.getObject("date_debut", LocalDate.class),
                        rs.getString("lieux"), rs.getString("responsable")))
                .list();
    }
}
