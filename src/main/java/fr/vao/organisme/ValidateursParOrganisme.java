package fr.vao.organisme;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.compte.ComptesOrganisateurs;
import fr.vao.compte.ValidateursInscription;

/**
 * Who validates a new account (spec §2.1 step 4, rule 11): the validated users of the organisme of its SIRET, else
 * those of the siège social of its SIREN; nobody (the DREETS) otherwise.
 */
@Component
class ValidateursParOrganisme implements ValidateursInscription {

    private final Organismes organismes;
    private final ComptesOrganisateurs comptes;

    ValidateursParOrganisme(Organismes organismes, ComptesOrganisateurs comptes) {
        this.organismes = organismes;
        this.comptes = comptes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Validateur> pour(String siret) {
        Optional<Organisme> organisme = organismes.parSiret(siret);
        List<Validateur> valides = organisme.map(this::valides).orElse(List.of());
        if (!valides.isEmpty()) {
            return valides;
        }
        return organismes.parSiren(siret.substring(0, 9)).stream().filter(Organisme::estSiege)
                .filter(s -> organisme.isEmpty() || s.id() != organisme.get().id()).findFirst()
                .map(this::valides).orElse(List.of());
    }

    private List<Validateur> valides(Organisme o) {
        return comptes.parIds(organismes.membres(o.id())).stream().filter(c -> "VALIDATED".equals(c.statut()))
                .map(c -> new Validateur(c.id(), c.email())).toList();
    }
}
