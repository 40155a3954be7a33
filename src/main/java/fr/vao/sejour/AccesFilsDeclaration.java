package fr.vao.sejour;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.vao.compte.AnnuaireAgents;
import fr.vao.messagerie.AccesFils;
import fr.vao.messagerie.Cote;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * The messagerie of a déclaration (spec §2.10, ADR 0018), on submitted déclarations only (never a draft), whatever
 * their status after that. Read: the organiser's users who see the déclaration (its organisme, its siège) and the
 * agents who see it (a DemandeSejour role, the visibility of ADR 0015). Post: every organiser who reads it (the
 * siège included, as in the reference) and, on the agents' side, the instructeur principal (DemandeSejour_Ecriture
 * and the département de suivi in its perimeter); DemandeSejour_Lecture agents read only. The notification goes
 * to the département de suivi's DemandeSejour_Ecriture agents (D11) or to the organisme's users (D12).
 */
@Component
public class AccesFilsDeclaration implements AccesFils {

    public static final String TYPE = "declaration";

    private final SaisieDeclarations saisie;
    private final InstructionDeclarations instruction;
    private final DeclarationsSejour declarations;
    private final NotificationsDeclaration notifications;
    private final AnnuaireAgents agents;

    AccesFilsDeclaration(SaisieDeclarations saisie, InstructionDeclarations instruction,
            DeclarationsSejour declarations, NotificationsDeclaration notifications, AnnuaireAgents agents) {
        this.saisie = saisie;
        this.instruction = instruction;
        this.declarations = declarations;
        this.notifications = notifications;
        this.agents = agents;
    }

    @Override
    public String typeFil() {
        return TYPE;
    }

    /**
     * The déclaration, when this user sees it and it is submitted: the rules of {@link SaisieDeclarations#lire} and
     * {@link InstructionDeclarations#lire}, asked without their exceptions (which would mark the caller's
     * transaction rollback-only, e.g. a download's).
     */
    private Optional<DeclarationSejour> visible(UtilisateurConnecte u, long id) {
        Optional<DeclarationSejour> d = declarations.trouver(id).filter(x -> x.statut() != Statut.BROUILLON);
        if (u.portail() == Portail.BO) {
            if (!u.aRole(InstructionDeclarations.ROLE_LECTURE) && !u.aRole(NotificationsDeclaration.ROLE_ECRITURE)) {
                return Optional.empty();
            }
            return d.filter(x -> u.estNational() || declarations.visibleDans(id, u.territoireCode()));
        }
        return saisie.organismeDe(u).flatMap(o -> d.filter(x -> saisie.visibles(o).contains(x.organismeId())));
    }

    @Override
    public boolean peutLire(UtilisateurConnecte u, long id) {
        return visible(u, id).isPresent();
    }

    @Override
    public boolean peutEcrire(UtilisateurConnecte u, long id) {
        return visible(u, id).map(d -> u.portail() == Portail.FO || instruction.instruit(u, d)).orElse(false);
    }

    @Override
    public Notification notification(long id, Cote auteur) {
        DeclarationSejour d = declarations.trouver(id).orElseThrow(DeclarationIntrouvableException::new);
        List<String> destinataires = auteur == Cote.ORGANISATEUR
                ? d.departementSuivi() == null ? List.of()
                        : agents.emails(NotificationsDeclaration.ROLE_ECRITURE, List.of(d.departementSuivi()))
                : notifications.organisateursDe(d.organismeId());
        return new Notification(destinataires, d.numero(), "/sejours/" + id + "/messagerie");
    }
}
