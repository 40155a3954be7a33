package fr.vao.agrement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.audit.EvenementAudit;
import fr.vao.audit.TypeEvenementAudit;

/**
 * The life cycle of an agrément request (spec §2.6): every change of status goes through {@link #appliquer}, which
 * checks the transition and the version, sets the dates that come with it, drives the silence-vaut-accord timer,
 * writes the history and the audit, and publishes {@link AgrementTransite} for the mails. Who may act (organiser of
 * the organisme, DREETS of the région d'obtention) is checked by the callers; what each action needs (comment,
 * documents, numéro) too.
 */
@Service
public class CycleAgrement {

    private final DemandesAgrement demandes;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    CycleAgrement(DemandesAgrement demandes, ApplicationEventPublisher evenements, Clock horloge) {
        this.demandes = demandes;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    @Transactional(readOnly = true)
    public Optional<DemandeAgrement> trouver(long id) {
        return demandes.trouver(id);
    }

    @Transactional(readOnly = true)
    public List<EntreeHistoriqueAgrement> historique(long id) {
        return demandes.historique(id);
    }

    @Transactional(readOnly = true)
    public Optional<DelaiSva> delai(long id) {
        return demandes.delai(id);
    }

    /**
     * Applies an action to the agrément at the version the actor saw.
     *
     * @param numero the numéro d'agrément, for {@link ActionAgrement#VALIDER} only
     * @throws TransitionAgrementInterditeException when its status does not allow the action
     * @throws AgrementModifieException when it changed since that version
     */
    @Transactional
    public DemandeAgrement appliquer(long id, int version, ActionAgrement action, AuteurAgrement auteur,
            String commentaire, String numero) {
        DemandeAgrement avant = demandes.trouver(id).orElseThrow(AgrementModifieException::new);
        if (avant.version() != version) {
            throw new AgrementModifieException();
        }
        StatutAgrement vers = avant.statut().apres(action);
        OffsetDateTime maintenant = OffsetDateTime.now(horloge);
        LocalDate jour = maintenant.toLocalDate();
        DemandeAgrement apres = etatApres(avant, action, vers, auteur, jour, numero);
        if (vers == StatutAgrement.VALIDE) {
            // first, for the index of the one active agrément per organisme; undone with the rest if the write fails
            demandes.remplacerActif(avant.organismeId(), id, maintenant);
        }
        if (!demandes.ecrire(avant, apres, maintenant)) {
            throw new AgrementModifieException();
        }
        apres = demandes.trouver(id).orElseThrow();
        minuter(avant, action, jour, maintenant);
        demandes.historiser(id, maintenant, typeHistorique(action), auteur, vers, commentaire);
        evenements.publishEvent(new EvenementAudit(TypeEvenementAudit.AGREMENT_MODIFIE, maintenant.toInstant(),
                auteur.audit(), "AGREMENT:" + id, action + " : " + avant.statut() + " → " + vers, null));
        evenements.publishEvent(new AgrementTransite(avant, apres, action, auteur, commentaire));
        return apres;
    }

    private static DemandeAgrement etatApres(DemandeAgrement a, ActionAgrement action, StatutAgrement vers,
            AuteurAgrement auteur, LocalDate jour, String numero) {
        LocalDate depot = a.dateDepot();
        LocalDate charge = a.datePriseEnCharge();
        LocalDate completude = a.dateCompletude();
        LocalDate decision = a.dateDecision();
        LocalDate obtention = a.dateObtention();
        LocalDate fin = a.dateFinValidite();
        String num = a.numero();
        Long agent = a.agentId();
        switch (action) {
            case TRANSMETTRE -> depot = depot == null ? jour : depot;
            case PRENDRE_EN_CHARGE -> {
                charge = jour;
                agent = auteur.agentId();
            }
            case CONFIRMER_COMPLETUDE -> completude = jour;
            case REFUSER -> decision = jour;
            case VALIDER, ACCORDER_TACITEMENT -> {
                decision = jour;
                obtention = jour;
                fin = jour.plusYears(Agrement.DUREE_ANNEES);
                num = action == ActionAgrement.VALIDER ? numero.strip() : num;
            }
            default -> {
                // MODIFIER, SUPPRIMER, DEMANDER_COMPLEMENTS, DEMANDER_CORRECTIONS: the status only
            }
        }
        return new DemandeAgrement(a.id(), a.organismeId(), vers, a.typeDepot(), num, a.regionObtention(), obtention,
                fin, depot, charge, completude, decision, agent, a.version());
    }

    /** The timer (spec §2.6): starts at completeness, pauses for corrections, stops at the decision. */
    private void minuter(DemandeAgrement avant, ActionAgrement action, LocalDate jour, OffsetDateTime le) {
        Optional<DelaiSva> delai = demandes.delai(avant.id());
        Optional<DelaiSva> suite = switch (action) {
            case CONFIRMER_COMPLETUDE -> Optional.of(DelaiSva.demarrer(avant.id(), jour));
            case DEMANDER_CORRECTIONS -> delai.map(d -> d.suspendre(jour));
            case TRANSMETTRE -> avant.statut() == StatutAgrement.A_CORRIGER ? delai.map(d -> d.reprendre(jour))
                    : Optional.empty();
            case VALIDER, REFUSER -> delai.map(d -> d.arreter(jour));
            case ACCORDER_TACITEMENT -> delai.map(d -> d.terminer(jour));
            default -> Optional.empty();
        };
        suite.ifPresent(d -> demandes.ecrire(d, le));
    }

    private static TypeHistoriqueAgrement typeHistorique(ActionAgrement action) {
        return switch (action) {
            case MODIFIER -> TypeHistoriqueAgrement.MODIFICATION;
            case TRANSMETTRE -> TypeHistoriqueAgrement.TRANSMISSION;
            case PRENDRE_EN_CHARGE -> TypeHistoriqueAgrement.PRISE_EN_CHARGE;
            case DEMANDER_COMPLEMENTS, DEMANDER_CORRECTIONS -> TypeHistoriqueAgrement.VERIFICATION;
            case VALIDER, ACCORDER_TACITEMENT -> TypeHistoriqueAgrement.VALIDATION;
            default -> TypeHistoriqueAgrement.STATUT_CHANGE;
        };
    }
}
