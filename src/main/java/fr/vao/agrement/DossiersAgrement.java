package fr.vao.agrement;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.organisme.Fiche;
import fr.vao.organisme.FichesOrganisateur;
import fr.vao.organisme.RenseignementsMorale;
import fr.vao.organisme.RenseignementsPhysique;

/**
 * The content of agrément requests (spec §2.6 steps 1 to 4): read whole for both portals. Who may read it (the
 * organisme's members, the DREETS of the région d'obtention) is checked by the callers.
 */
@Service
public class DossiersAgrement {

    private final DemandesAgrement demandes;
    private final FichesOrganisateur fiches;

    DossiersAgrement(DemandesAgrement demandes, FichesOrganisateur fiches) {
        this.demandes = demandes;
        this.fiches = fiches;
    }

    /** The request's content, its steps never saved empty; empty when the agrément is unknown or deleted. */
    @Transactional(readOnly = true)
    public Optional<DossierAgrement> lire(long agrementId) {
        return demandes.etapes(agrementId).map(e -> new DossierAgrement(agrementId, e.typeDepot(), e.statut(),
                fiches.fiche(e.organismeId()).map(DossiersAgrement::identite).orElse(null), e.coordonnees(),
                e.candidature(), e.bilan(), e.projet(), demandes.activites()));
    }

    static DossierAgrement.Identite identite(Fiche f) {
        if (f.morale().isPresent()) {
            RenseignementsMorale m = f.morale().get();
            return new DossierAgrement.Identite(true, m.siret(), m.raisonSociale(), null, m.categorieJuridique(),
                    m.adresse(), null, m.email(), m.telephone(), m.representants().stream()
                            .map(r -> new DossierAgrement.Representant(r.nom(), r.prenom(), r.fonction())).toList());
        }
        if (f.physique().isPresent()) {
            RenseignementsPhysique p = f.physique().get();
            String nom = p.prenom() + " " + (p.nomUsage() == null || p.nomUsage().isBlank() ? p.nomNaissance()
                    : p.nomUsage());
            return new DossierAgrement.Identite(false, p.siret(), nom, p.nomNaissance(), null,
                    p.adresseIdentique() ? p.adresseDomicile() : p.adresseSiege(), p.adresseDomicile(), null,
                    p.telephone(), java.util.List.of());
        }
        return null;
    }
}
