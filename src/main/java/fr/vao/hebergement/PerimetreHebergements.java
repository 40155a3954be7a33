package fr.vao.hebergement;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.organisme.FichesOrganisateur;
import fr.vao.organisme.Organisme;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.territoire.Territoires;

/**
 * Who sees which hébergements (spec §1.1, §1.3): an organisme its own, a siège also its SIREN's établissements'
 * (read-only); an agent the actif ones of its départements. Also the reader of their documents (ADR 0008).
 */
@Component
class PerimetreHebergements implements fr.vao.document.AccesDocuments {

    private final Hebergements hebergements;
    private final FichesOrganisateur fiches;
    private final Territoires territoires;

    PerimetreHebergements(Hebergements hebergements, FichesOrganisateur fiches, Territoires territoires) {
        this.hebergements = hebergements;
        this.fiches = fiches;
        this.territoires = territoires;
    }

    Optional<Organisme> organismeDe(UtilisateurConnecte u) {
        return u.portail() == Portail.FO ? fiches.organismeDe(u) : Optional.empty();
    }

    /** The organismes whose hébergements this organisme's users see. */
    List<Long> visibles(Organisme o) {
        if (!o.estSiege()) {
            return List.of(o.id());
        }
        return fiches.organismesDuSiren(o.siren()).stream().map(Organisme::id).toList();
    }

    /** The départements of an agent's perimeter; null for a national agent (all). */
    List<String> departements(UtilisateurConnecte agent) {
        if (agent.portail() != Portail.BO) {
            throw new AccessDeniedException("Agents seulement");
        }
        return agent.estNational() ? null : territoires.departementsDe(agent.territoireCode());
    }

    @Override
    public String typeRattachement() {
        return GestionHebergements.RATTACHEMENT;
    }

    /** The documents of a row (any version of the hébergement): as the hébergement itself. */
    @Override
    @Transactional(readOnly = true)
    public boolean peutLire(UtilisateurConnecte u, long ligne) {
        List<Map.Entry<Long, String>> versions = hebergements.versionsDeLaLigne(ligne);
        if (versions.isEmpty()) {
            return false;
        }
        if (u.portail() == Portail.FO) {
            return organismeDe(u).map(this::visibles)
                    .map(ids -> versions.stream().anyMatch(v -> ids.contains(v.getKey()))).orElse(false);
        }
        List<String> deps = departements(u);
        return versions.stream().anyMatch(v -> !v.getValue().isEmpty() && (deps == null || deps.contains(v.getValue())));
    }
}
