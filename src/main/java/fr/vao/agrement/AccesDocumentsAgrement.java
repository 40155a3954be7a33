package fr.vao.agrement;

import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.vao.document.AccesDocuments;
import fr.vao.organisme.FichesOrganisateur;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.territoire.Territoires;

/**
 * The documents of an agrément — the copy of one declared, the files of an online request and those of its
 * instruction (ADR 0026) — are read by the users of its organisme (and of its établissements secondaires, which use
 * it), by national agents and by the agents of its région d'obtention.
 */
@Component
class AccesDocumentsAgrement implements AccesDocuments {

    // not AgrementsOrganisme: it uses Documents, which needs this bean (a cycle)
    private final Agrements agrements;
    private final FichesOrganisateur fiches;
    private final Territoires territoires;

    AccesDocumentsAgrement(Agrements agrements, FichesOrganisateur fiches, Territoires territoires) {
        this.agrements = agrements;
        this.fiches = fiches;
        this.territoires = territoires;
    }

    @Override
    public String typeRattachement() {
        return AgrementsOrganisme.TYPE_DOCUMENT;
    }

    @Override
    public boolean peutLire(UtilisateurConnecte utilisateur, long idObjet) {
        Optional<Agrement> agrement = agrements.trouver(idObjet);
        if (agrement.isEmpty()) {
            return false;
        }
        if (utilisateur.portail() == Portail.FO) {
            return fiches.organismeDe(utilisateur).map(o -> o.id() == agrement.get().organismeId()
                    || o.estEtablissementSecondaire() && fiches.siegeDe(o.siren())
                            .map(s -> s.id() == agrement.get().organismeId()).orElse(false))
                    .orElse(false);
        }
        return agrement.get().regionObtention() != null
                && territoires.contient(utilisateur.territoireCode(), agrement.get().regionObtention());
    }
}
