package fr.vao.agrement;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.vao.compte.AnnuaireAgents;
import fr.vao.messagerie.AccesFils;
import fr.vao.messagerie.Cote;
import fr.vao.organisme.FichesOrganisateur;
import fr.vao.organisme.MembresOrganisme;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.territoire.Territoires;

/**
 * The messagerie of an agrément (ADR 0028), once transmitted (never a draft), whatever its status after that. Read
 * and post: the users of its organisme (only validated users log in) and the regional agents of its région
 * d'obtention; national agents read only; anyone else: 404. Each message is mailed to the other side: the DREETS
 * mailbox of the région (else its regional agents), or the organisme's validated users.
 */
@Component
public class AccesFilsAgrement implements AccesFils {

    public static final String TYPE = "agrement";

    private final DemandesAgrement demandes;
    private final FichesOrganisateur fiches;
    private final MembresOrganisme membres;
    private final Territoires territoires;
    private final AnnuaireAgents agents;
    private final ListeAgrements liste;

    AccesFilsAgrement(DemandesAgrement demandes, FichesOrganisateur fiches, MembresOrganisme membres,
            Territoires territoires, AnnuaireAgents agents, ListeAgrements liste) {
        this.demandes = demandes;
        this.fiches = fiches;
        this.membres = membres;
        this.territoires = territoires;
        this.agents = agents;
        this.liste = liste;
    }

    @Override
    public String typeFil() {
        return TYPE;
    }

    /** The agrément, when this user sees it and it was transmitted (the rules asked without exceptions). */
    private Optional<DemandeAgrement> visible(UtilisateurConnecte u, long id) {
        Optional<DemandeAgrement> a = demandes.trouver(id).filter(x -> x.statut() != StatutAgrement.BROUILLON);
        if (u.portail() == Portail.BO) {
            return a.filter(x -> InstructionAgrements.voit(u, x));
        }
        return a.filter(x -> fiches.organismeDe(u).map(o -> o.id() == x.organismeId()).orElse(false));
    }

    @Override
    public boolean peutLire(UtilisateurConnecte u, long id) {
        return visible(u, id).isPresent();
    }

    @Override
    public boolean peutEcrire(UtilisateurConnecte u, long id) {
        return visible(u, id).map(a -> u.portail() == Portail.FO || InstructionAgrements.instruit(u, a))
                .orElse(false);
    }

    @Override
    public Notification notification(long id, Cote auteur) {
        DemandeAgrement a = demandes.trouver(id).orElseThrow(AgrementIntrouvableException::new);
        String nom = liste.organisme(id).map(o -> o[0]).orElse("");
        if (auteur == Cote.ORGANISATEUR) {
            List<String> dreets = territoires.serviceEmail(a.regionObtention()).map(e -> List.of(e.strip()))
                    .orElseGet(() -> a.regionObtention() == null ? List.of()
                            : agents.emailsDuTerritoire(a.regionObtention()));
            return new Notification(dreets, nom, "/agrements/" + id + "/messagerie");
        }
        return new Notification(membres.emailsValides(a.organismeId()), nom, "/agrement/" + id + "/messagerie");
    }

    @Override
    public String sujet(Notification n) {
        return "Portail VAO - Nouveau message sur l'agrément de " + n.numero();
    }

    @Override
    public String cleCourriel() {
        return "instruction-agrement.messagerie.mail";
    }
}
