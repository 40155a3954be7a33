package fr.vao.organisme;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.document.AccesDocuments;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * The documents of the transport and sanitary protocols belong to the organisme that holds the protocols (a siège, a
 * personne physique). They are read by its users and by the users of its établissements secondaires (which use these
 * protocols, read-only); by the agents who see the organisme or one of those établissements (their perimeter).
 */
@Component
class AccesDocumentsProtocoles implements AccesDocuments {

    // not FichesOrganisateur: it uses Documents
    private final Organismes organismes;
    private final AnnuaireOrganismes annuaire;

    AccesDocumentsProtocoles(Organismes organismes, AnnuaireOrganismes annuaire) {
        this.organismes = organismes;
        this.annuaire = annuaire;
    }

    @Override
    public String typeRattachement() {
        return FichesOrganisateur.DOCUMENTS_PROTOCOLES;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean peutLire(UtilisateurConnecte utilisateur, long porteurId) {
        Optional<Organisme> porteur = organismes.trouver(porteurId);
        if (porteur.isEmpty()) {
            return false;
        }
        List<Organisme> lecteurs = porteur.get().estSiege()
                ? organismes.parSiren(porteur.get().siren()).stream()
                        .filter(o -> o.id() == porteurId || o.estEtablissementSecondaire()).toList()
                : List.of(porteur.get());
        if (utilisateur.portail() == Portail.FO) {
            return organismes.duMembre(utilisateur.id())
                    .map(o -> lecteurs.stream().anyMatch(l -> l.id() == o.id())).orElse(false);
        }
        return lecteurs.stream().anyMatch(l -> annuaire.visible(utilisateur, l.id()).isPresent());
    }
}
