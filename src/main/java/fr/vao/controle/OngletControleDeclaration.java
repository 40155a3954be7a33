package fr.vao.controle;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.sejour.DeclarationsPourControle;
import fr.vao.sejour.OngletControle;

/**
 * The "Contrôle" tab of a déclaration's detail: for the agents holding Controle, the inspections of their perimeter
 * and the link to plan one; for the organiser, only the inspections whose report was sent, with the report and the
 * injunctions (ADR 0030) — and no tab at all before that.
 */
@Component
class OngletControleDeclaration implements OngletControle {

    private final GestionInspections gestion;
    private final DeclarationsPourControle sejours;

    OngletControleDeclaration(GestionInspections gestion, DeclarationsPourControle sejours) {
        this.gestion = gestion;
        this.sejours = sejours;
    }

    @Override
    public boolean visible(UtilisateurConnecte u, long declarationId) {
        if (u.portail() == Portail.BO) {
            return GestionInspections.agentControle(u);
        }
        return !gestion.pourOrganisateur(u, declarationId).isEmpty();
    }

    @Override
    public List<Ligne> de(UtilisateurConnecte u, long declarationId) {
        boolean bo = u.portail() == Portail.BO;
        List<Inspection> liste = bo ? gestion.deLaDeclaration(u, declarationId)
                : gestion.pourOrganisateur(u, declarationId);
        DeclarationsPourControle.Sejour s = sejours.sejour(declarationId).orElse(null);
        return liste.stream().map(i -> new Ligne(i.id(), i.statut().name(),
                i.dateRealisee() == null ? i.datePrevue() : i.dateRealisee(),
                s == null ? "" : s.lieu(i.hebergementId()).map(DeclarationsPourControle.Lieu::nom).orElse(""),
                i.statut().visibleOrganisateur() || bo ? (i.conclusion() == null ? null : i.conclusion().name())
                        : null,
                bo ? "/bo/controles/inspections/" + i.id() : null,
                i.rapportDocumentId() == null ? null
                        : (bo ? "/bo/documents/" : "/documents/") + i.rapportDocumentId(),
                i.injonctions().stream().map(j -> new Injonction(j.texte(), j.echeance(), j.statut().name()))
                        .toList()))
                .toList();
    }

    @Override
    public Optional<String> planification(UtilisateurConnecte u, long declarationId) {
        if (u.portail() != Portail.BO || !GestionInspections.agentControle(u)) {
            return Optional.empty();
        }
        try {
            gestion.planification(u, declarationId);
            return Optional.of("/bo/controles/inspections/nouvelle?declaration=" + declarationId);
        } catch (InspectionIntrouvableException e) {
            return Optional.empty();
        }
    }
}
