package fr.vao.organisme;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.compte.ComptesOrganisateurs;

/** The validated users of an organisme, whom the other modules mail (déclarations, agréments). */
@Component
public class MembresOrganisme {

    private final Organismes organismes;
    private final ComptesOrganisateurs comptes;

    MembresOrganisme(Organismes organismes, ComptesOrganisateurs comptes) {
        this.organismes = organismes;
        this.comptes = comptes;
    }

    /** E-mail addresses of the validated users of this organisme, by name. */
    @Transactional(readOnly = true)
    public List<String> emailsValides(long organismeId) {
        return comptes.parIds(organismes.membres(organismeId)).stream().filter(c -> "VALIDATED".equals(c.statut()))
                .map(ComptesOrganisateurs.CompteOrganisateur::email).toList();
    }
}
