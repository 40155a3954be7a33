package fr.vao.eig.web;

import org.springframework.stereotype.Component;

import fr.vao.document.AccesDocuments;
import fr.vao.eig.ConsultationEig;
import fr.vao.eig.EigInterditException;
import fr.vao.eig.EigIntrouvableException;
import fr.vao.eig.EigRefuseException;
import fr.vao.eig.SaisieEig;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * Who reads the file attached to an EIG (ADR 0008): the organisers who read the EIG, and the agents who see it once
 * their service has confirmed its reading.
 */
@Component
class AccesDocumentsEig implements AccesDocuments {

    static final String TYPE = "eig";

    private final SaisieEig saisie;
    private final ConsultationEig consultation;

    AccesDocumentsEig(SaisieEig saisie, ConsultationEig consultation) {
        this.saisie = saisie;
        this.consultation = consultation;
    }

    @Override
    public String typeRattachement() {
        return TYPE;
    }

    @Override
    public boolean peutLire(UtilisateurConnecte u, long id) {
        try {
            if (u.portail() == Portail.FO) {
                saisie.lire(u, id);
                return true;
            }
            return !consultation.lire(u, id).aConfirmer();
        } catch (EigIntrouvableException | EigInterditException | EigRefuseException e) {
            return false;
        }
    }
}
