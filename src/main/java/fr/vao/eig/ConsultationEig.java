package fr.vao.eig;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.audit.TypeEvenementAudit;
import fr.vao.compte.agent.RolesAgent;
import fr.vao.document.GenerateurPdf;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.sejour.DeclarationsPourEig;

/**
 * The agents' EIG (spec §2.9 BO side, ADR 0023): agents holding the role {@code eig} see the submitted EIG of their
 * territory (national agents: all), through the visibility rows written at submission. The DDETS of the incident's
 * département and the DREETS of the agrément's région must confirm the "Consultation d'un EIG" before the content
 * is shown; each read of a detail is audited.
 */
@Service
public class ConsultationEig {

    private final Eigs eigs;
    private final ListesEig listes;
    private final DeclarationsPourEig sejours;
    private final NotificationsEig notifications;
    private final AuditEig audit;
    private final GenerateurPdf pdf;
    private final Clock horloge;

    ConsultationEig(Eigs eigs, ListesEig listes, DeclarationsPourEig sejours, NotificationsEig notifications,
            AuditEig audit, GenerateurPdf pdf, Clock horloge) {
        this.eigs = eigs;
        this.listes = listes;
        this.sejours = sejours;
        this.notifications = notifications;
        this.audit = audit;
        this.pdf = pdf;
        this.horloge = horloge;
    }

    /** Whether this agent may use the EIG pages at all (the menu, the déclaration's tab). */
    public static boolean agentEig(UtilisateurConnecte u) {
        return u.portail() == Portail.BO && u.aRole(RolesAgent.EIG);
    }

    private static void verifier(UtilisateurConnecte u) {
        if (!agentEig(u)) {
            throw new EigInterditException();
        }
    }

    private static String territoire(UtilisateurConnecte u) {
        return u.estNational() ? "FRA" : u.territoireCode();
    }

    /** The service this agent reads for, when it is one of the two that must read this EIG. */
    public static Optional<Eig.Service> service(UtilisateurConnecte u, Eig e) {
        if (u.territoireCode().equals(e.departement())) {
            return Optional.of(Eig.Service.DDETS);
        }
        if (u.territoireCode().equals(e.regionAgrement())) {
            return Optional.of(Eig.Service.DREETS);
        }
        return Optional.empty();
    }

    /** A submitted EIG this agent sees; 404 otherwise. */
    private Eig visible(UtilisateurConnecte u, long id) {
        verifier(u);
        return eigs.trouver(id).filter(e -> e.statut() != StatutEig.BROUILLON)
                .filter(e -> eigs.visibleDans(id, territoire(u))).orElseThrow(EigIntrouvableException::new);
    }

    /** An EIG for its detail page; {@code aConfirmer}: the agent's service must first confirm its reading. */
    public record Vue(Eig eig, DeclarationsPourEig.Sejour sejour, List<String> types, boolean aConfirmer) {
    }

    /** The detail; when it shows the content, the read is audited. */
    @Transactional
    public Vue lire(UtilisateurConnecte u, long id) {
        Eig e = visible(u, id);
        boolean aConfirmer = service(u, e).map(e::aLire).orElse(false);
        if (!aConfirmer) {
            audit.publier(TypeEvenementAudit.EIG_CONSULTE, u, id, null, e);
        }
        return new Vue(e, sejours.sejour(e.declarationId()).orElseThrow(),
                SaisieEig.libellesTypes(e, eigs.catalogue()), aConfirmer);
    }

    /**
     * "Consultation d'un EIG" confirmed by an agent of the DDETS or the DREETS concerned: its read mark (LU once
     * both have), "Lecture de l'eig" in the déclaration's history, mail E5, an audit entry. Again: nothing.
     */
    @Transactional
    public void marquerLu(UtilisateurConnecte u, long id) {
        visible(u, id);
        Eig avant = eigs.verrouiller(id).orElseThrow();
        Eig.Service service = service(u, avant).orElseThrow(() -> new EigRefuseException("eig.refus.lecture"));
        if (!avant.aLire(service)) {
            return;
        }
        eigs.marquerLu(id, service, avant.lirePar(service), OffsetDateTime.now(horloge));
        String source = service.name() + " " + u.territoireCode();
        DeclarationsPourEig.Sejour s = sejours.sejour(avant.declarationId()).orElseThrow();
        sejours.historiser(s.id(), source, null, u.id(), "eig_lecture", "EIG " + id);
        Eig apres = eigs.trouver(id).orElseThrow();
        notifications.lecture(apres, s, source);
        audit.publier(TypeEvenementAudit.EIG_MARQUE_LU, u, id, avant, apres);
    }

    /** The "à lire" counter of the menu: submitted EIG not yet read by the agent's service. */
    @Transactional(readOnly = true)
    public long aLire(UtilisateurConnecte u) {
        if (!agentEig(u) || u.estNational()) {
            return 0;
        }
        return listes.aLire(u.territoireCode(), u.estRegional());
    }

    public record PageEig(List<LigneEig> lignes, long total) {
    }

    @Transactional(readOnly = true)
    public PageEig liste(UtilisateurConnecte u, FiltreEig f, String tri, boolean desc, int taille, int decalage) {
        verifier(u);
        return new PageEig(listes.pageAgents(territoire(u), f, tri, desc, taille, decalage),
                listes.compterAgents(territoire(u), f));
    }

    /** The EIG of a déclaration this agent sees (its tab). */
    @Transactional(readOnly = true)
    public List<Eig> deLaDeclaration(UtilisateurConnecte u, long declarationId) {
        if (!agentEig(u)) {
            return List.of();
        }
        return eigs.deLaDeclaration(declarationId).stream().filter(id -> eigs.visibleDans(id, territoire(u)))
                .map(eigs::trouver).flatMap(Optional::stream).filter(e -> e.statut() != StatutEig.BROUILLON)
                .toList();
    }

    /** "synthese-eig-{id}.pdf" (spec §2.12): generated on demand, not stored; refused before the confirmation. */
    @Transactional
    public byte[] synthese(UtilisateurConnecte u, long id) {
        Vue v = lire(u, id);
        if (v.aConfirmer()) {
            throw new EigRefuseException("eig.refus.a-confirmer");
        }
        return pdf.generer("eig/synthese", Map.of("e", v.eig(), "s", v.sejour(), "types", v.types(),
                "genereLe", OffsetDateTime.now(horloge)));
    }

    public Map<String, TypeEvenement> catalogue() {
        return eigs.catalogue();
    }
}
