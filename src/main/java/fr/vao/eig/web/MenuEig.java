package fr.vao.eig.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.vao.eig.ConsultationEig;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurCourant;

/** The "EIG (n)" menu entry of the back office: the agent's "à lire" counter (spec §2.9), for agents with eig. */
@ControllerAdvice
class MenuEig {

    private final ConsultationEig consultation;

    MenuEig(ConsultationEig consultation) {
        this.consultation = consultation;
    }

    @ModelAttribute("eigALire")
    Long eigALire() {
        return UtilisateurCourant.trouver().filter(u -> u.portail() == Portail.BO && ConsultationEig.agentEig(u))
                .map(consultation::aLire).orElse(null);
    }
}
