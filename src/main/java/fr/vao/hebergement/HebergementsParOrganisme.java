package fr.vao.hebergement;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.organisme.HebergementsDeLOrganisme;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.territoire.Communes;

/**
 * The read API of this module for an organisme's back-office page: its hébergements (drafts excepted, which are the
 * organiser's own), with the commune of their address; the agent opens only the actif ones of its perimeter (spec §2.7).
 */
@Service
public class HebergementsParOrganisme implements HebergementsDeLOrganisme {

    private final Hebergements hebergements;
    private final PerimetreHebergements perimetre;
    private final Communes communes;

    HebergementsParOrganisme(Hebergements hebergements, PerimetreHebergements perimetre, Communes communes) {
        this.hebergements = hebergements;
        this.perimetre = perimetre;
        this.communes = communes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Resume> pour(UtilisateurConnecte agent, long organismeId) {
        List<String> departements = perimetre.departements(agent);
        return hebergements.publiesDe(organismeId).stream().map(h -> new Resume(h.hebergementId(), h.nom(),
                h.codeCommune() == null ? null
                        : communes.trouver(h.codeCommune()).map(Communes.Commune::nom).orElse(null),
                h.statut().code(), h.statut() == Statut.ACTIF
                        && (departements == null || departements.contains(h.departement()))))
                .toList();
    }
}
