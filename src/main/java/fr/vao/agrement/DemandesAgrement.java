package fr.vao.agrement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Tables {@code agrement} (the request columns), {@code agrement_historique}, {@code agrement_sva}. */
@Repository
class DemandesAgrement {

    private static final String COLONNES = """
            id, organisme_id, statut, type_depot, numero, region_obtention, date_obtention, date_fin_validite,
            date_depot, date_prise_en_charge, date_completude, date_decision, agent_id, version""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DemandesAgrement(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The stored steps of a request, as read whole from their jsonb columns (ADR 0026). */
    record Etapes(long organismeId, String typeDepot, StatutAgrement statut, DossierAgrement.Coordonnees coordonnees,
            DossierAgrement.Candidature candidature, DossierAgrement.Bilan bilan, DossierAgrement.Projet projet) {
    }

    Optional<Etapes> etapes(long id) {
        return jdbc.sql("select organisme_id, type_depot, statut, coordonnees, dossier, bilan, projet from agrement"
                + " where id = :id and not supprime").param("id", id)
                .query((rs, n) -> new Etapes(rs.getLong(1), rs.getString(2), StatutAgrement.valueOf(rs.getString(3)),
                        lire(rs.getString(4), DossierAgrement.Coordonnees.class),
                        lire(rs.getString(5), DossierAgrement.Candidature.class),
                        lire(rs.getString(6), DossierAgrement.Bilan.class),
                        lire(rs.getString(7), DossierAgrement.Projet.class)))
                .optional();
    }

    private <T> T lire(String valeur, Class<T> type) {
        return valeur == null ? null : json.readValue(valeur, type);
    }

    /** The organisme's région (from its SIRET's INSEE commune, spec §2.6): the région d'obtention of a first request. */
    Optional<String> regionOrganisme(long organismeId) {
        return jdbc.sql("select region from organisme where id = :o").param("o", organismeId).query(String.class)
                .optional();
    }

    /**
     * Writes one step's content whole, if the request is still modifiable (BROUILLON, A_COMPLETER, A_CORRIGER); the
     * version moves on, so that a transmission of what was seen before fails ("modifiée entre-temps").
     *
     * @return false when it is not modifiable any more (nothing written)
     */
    boolean enregistrerEtape(long id, EtapeAgrement etape, Object contenu, OffsetDateTime le) {
        return jdbc.sql("update agrement set " + etape.colonne() + " = cast(:json as jsonb), modifie_le = :le,"
                + " version = version + 1 where id = :id and not supprime"
                + " and statut in ('BROUILLON', 'A_COMPLETER', 'A_CORRIGER')")
                .param("json", json.writeValueAsString(contenu)).param("le", le).param("id", id).update() == 1;
    }

    /**
     * Records a step's save in the history: one MODIFICATION entry per step, author and day (ADR 0026), so that
     * saving a step ten times in an afternoon leaves one line.
     */
    void historiserModification(long id, OffsetDateTime le, AuteurAgrement auteur, EtapeAgrement etape,
            String commentaire) {
        jdbc.sql("""
                insert into agrement_historique (agrement_id, le, type, source, organisateur_id, commentaire,
                                                 metadonnees, auteur)
                select :id, :le, 'MODIFICATION', :source, :organisateur, :commentaire,
                       jsonb_build_object('etape', cast(:etape as text)), :auteur
                where not exists (select 1 from agrement_historique h where h.agrement_id = :id
                    and h.type = 'MODIFICATION' and h.organisateur_id is not distinct from :organisateur
                    and h.metadonnees ->> 'etape' = :etape
                    and (h.le at time zone 'Europe/Paris')::date = (cast(:le as timestamptz) at time zone 'Europe/Paris')::date)""")
                .param("id", id).param("le", le).param("source", auteur.source())
                .param("organisateur", auteur.organisateurId()).param("commentaire", commentaire)
                .param("etape", etape.name()).param("auteur", auteur.nom()).update();
    }

    /** Deletes a draft at the version seen, its history and timer with it; false when it changed or is not one. */
    boolean supprimerBrouillon(long id, int version) {
        return jdbc.sql("delete from agrement where id = :id and version = :version and statut = 'BROUILLON'"
                + " and not supprime").param("id", id).param("version", version).update() == 1;
    }

    /** The comments of the agent's last request of complements or corrections, the most recent first. */
    List<EntreeHistoriqueAgrement> demandesAgent(long id) {
        return jdbc.sql("""
                select le, type, source, auteur, statut, commentaire from agrement_historique
                where agrement_id = :id and type = 'VERIFICATION' and commentaire is not null
                order by le desc, id desc""").param("id", id).query(EntreeHistoriqueAgrement.class).list();
    }

    /** The requests of an organisme, the most recent first (requests and agréments, replaced ones excluded). */
    List<DemandeAgrement> deLOrganisme(long organismeId) {
        return jdbc.sql("select " + COLONNES + " from agrement where organisme_id = :o and not supprime"
                + " and type_depot <> 'EXISTANT' order by id desc").param("o", organismeId)
                .query(DemandeAgrement.class).list();
    }

    /** The referential of activities, SPORT then CULTURE, in their order. */
    List<Activite> activites() {
        return jdbc.sql("select code, categorie, libelle from activite order by categorie desc, ordre")
                .query(Activite.class).list();
    }

    Optional<DemandeAgrement> trouver(long id) {
        return jdbc.sql("select " + COLONNES + " from agrement where id = :id and not supprime").param("id", id)
                .query(DemandeAgrement.class).optional();
    }

    /** The request in progress of an organisme, if any (one at most: index agrement_en_cours_uk). */
    Optional<DemandeAgrement> enCours(long organismeId) {
        return jdbc.sql("select " + COLONNES + " from agrement where organisme_id = :o and not supprime"
                + " and statut not in ('VALIDE', 'REFUSE')").param("o", organismeId)
                .query(DemandeAgrement.class).optional();
    }

    /** A new draft request. */
    long creer(long organismeId, String typeDepot, String region, long auteur, OffsetDateTime le) {
        return jdbc.sql("""
                insert into agrement (organisme_id, statut, type_depot, region_obtention, cree_le, cree_par,
                                      modifie_le)
                values (:o, 'BROUILLON', :type, :region, :le, :auteur, :le) returning id""")
                .param("o", organismeId).param("type", typeDepot).param("region", region).param("le", le)
                .param("auteur", auteur).query(Long.class).single();
    }

    /**
     * Writes the state after a transition, if the row is still at the version read.
     *
     * @return false when it changed in between (nothing written)
     */
    boolean ecrire(DemandeAgrement avant, DemandeAgrement apres, OffsetDateTime le) {
        return jdbc.sql("""
                update agrement set statut = :statut, numero = :numero, date_obtention = :obtention,
                    date_fin_validite = :fin, date_depot = :depot, date_prise_en_charge = :charge,
                    date_completude = :completude, date_decision = :decision, agent_id = :agent,
                    modifie_le = :le, version = version + 1
                where id = :id and version = :version and not supprime""")
                .param("statut", apres.statut().name()).param("numero", apres.numero())
                .param("obtention", apres.dateObtention()).param("fin", apres.dateFinValidite())
                .param("depot", apres.dateDepot()).param("charge", apres.datePriseEnCharge())
                .param("completude", apres.dateCompletude()).param("decision", apres.dateDecision())
                .param("agent", apres.agentId()).param("le", le).param("id", avant.id())
                .param("version", avant.version()).update() == 1;
    }

    /** The previous active agrément of the organisme is replaced by the one just validated (spec §2.6). */
    void remplacerActif(long organismeId, long nouveauId, OffsetDateTime le) {
        jdbc.sql("""
                update agrement set supprime = true, modifie_le = :le, version = version + 1
                where organisme_id = :o and id <> :id and statut = 'VALIDE' and not supprime""")
                .param("o", organismeId).param("id", nouveauId).param("le", le).update();
    }

    void historiser(long agrementId, OffsetDateTime le, TypeHistoriqueAgrement type, AuteurAgrement auteur,
            StatutAgrement statut, String commentaire) {
        jdbc.sql("""
                insert into agrement_historique (agrement_id, le, type, source, organisateur_id, agent_id, statut,
                                                 commentaire, auteur)
                values (:id, :le, :type, :source, :organisateur, :agent, :statut, :commentaire, :auteur)""")
                .param("id", agrementId).param("le", le).param("type", type.name()).param("source", auteur.source())
                .param("organisateur", auteur.organisateurId()).param("agent", auteur.agentId())
                .param("statut", statut == null ? null : statut.name()).param("commentaire", commentaire)
                .param("auteur", auteur.nom()).update();
    }

    /** Its history, the most recent first. */
    List<EntreeHistoriqueAgrement> historique(long agrementId) {
        return jdbc.sql("""
                select le, type, source, auteur, statut, commentaire from agrement_historique
                where agrement_id = :id order by le desc, id desc""").param("id", agrementId)
                .query(EntreeHistoriqueAgrement.class).list();
    }

    Optional<DelaiSva> delai(long agrementId) {
        return jdbc.sql("select agrement_id, statut, debut from agrement_sva where agrement_id = :id")
                .param("id", agrementId)
                .query((rs, n) -> new DelaiSva(rs.getLong(1), DelaiSva.Etat.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), periodes(agrementId)))
                .optional();
    }

    private List<DelaiSva.Periode> periodes(long agrementId) {
        return jdbc.sql("select debut, fin from agrement_sva_periode where agrement_id = :id order by debut")
                .param("id", agrementId).query(DelaiSva.Periode.class).list();
    }

    /** Writes the timer and its periods whole. */
    void ecrire(DelaiSva delai, OffsetDateTime le) {
        jdbc.sql("""
                insert into agrement_sva (agrement_id, statut, debut, modifie_le) values (:id, :statut, :debut, :le)
                on conflict (agrement_id) do update set statut = excluded.statut, modifie_le = excluded.modifie_le""")
                .param("id", delai.agrementId()).param("statut", delai.etat().name()).param("debut", delai.debut())
                .param("le", le).update();
        jdbc.sql("delete from agrement_sva_periode where agrement_id = :id").param("id", delai.agrementId()).update();
        for (DelaiSva.Periode p : delai.periodes()) {
            jdbc.sql("insert into agrement_sva_periode (agrement_id, debut, fin) values (:id, :debut, :fin)")
                    .param("id", delai.agrementId()).param("debut", p.debut()).param("fin", p.fin()).update();
        }
    }

    /** The timers that still count (running or paused), for the daily job. */
    List<Long> delaisEnCours() {
        return jdbc.sql("select agrement_id from agrement_sva where statut in ('RUNNING', 'PAUSED') order by 1")
                .query(Long.class).list();
    }

    /** Records the D-21 reminder; false if it was already sent. */
    boolean marquerRappel(long agrementId, OffsetDateTime le) {
        return jdbc.sql("update agrement_sva set rappel_21j_le = :le where agrement_id = :id and rappel_21j_le is null")
                .param("le", le).param("id", agrementId).update() == 1;
    }
}
