package fr.vao.eig;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.sejour.OngletEig;

/** The "EIG" tab of a déclaration's detail in both portals, with the rules of each portal's EIG pages. */
@Component
class OngletEigDeclaration implements OngletEig {

    private final SaisieEig saisie;
    private final ConsultationEig consultation;

    OngletEigDeclaration(SaisieEig saisie, ConsultationEig consultation) {
        this.saisie = saisie;
        this.consultation = consultation;
    }

    @Override
    public boolean visible(UtilisateurConnecte u) {
        return u.portail() == Portail.BO ? ConsultationEig.agentEig(u) : saisie.lecteur(u);
    }

    @Override
    public List<Ligne> de(UtilisateurConnecte u, long declarationId) {
        boolean bo = u.portail() == Portail.BO;
        List<Eig> eigs = bo ? consultation.deLaDeclaration(u, declarationId)
                : saisie.deLaDeclaration(u, declarationId);
        Map<String, TypeEvenement> catalogue = saisie.catalogue();
        return eigs.stream().map(e -> new Ligne(e.id(), e.statut().name(), e.dateIncident(), e.departement(),
                String.join(", ", SaisieEig.libellesTypes(e, catalogue)), (bo ? "/bo/eig/" : "/eig/") + e.id()))
                .toList();
    }
}
