package fr.vao.agrement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.document.Documents;
import fr.vao.organisme.FichesOrganisateur;
import fr.vao.organisme.Organisme;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.territoire.Territoire;
import fr.vao.territoire.Territoires;

/** The agrément of the organiser's organisme: its situation (gating) and the declaration of an existing one. */
@Service
public class AgrementsOrganisme {

    static final String TYPE_DOCUMENT = "AGREMENT";

    private final Agrements agrements;
    private final FichesOrganisateur fiches;
    private final Documents documents;
    private final Territoires territoires;
    private final Clock horloge;

    AgrementsOrganisme(Agrements agrements, FichesOrganisateur fiches, Documents documents, Territoires territoires,
            Clock horloge) {
        this.agrements = agrements;
        this.fiches = fiches;
        this.documents = documents;
        this.territoires = territoires;
        this.horloge = horloge;
    }

    /** Empty when the user has no organisme yet (fiche step 1 not saved). */
    @Transactional(readOnly = true)
    public Optional<SituationAgrement> situation(UtilisateurConnecte u) {
        return fiches.organismeDe(u).map(this::situation);
    }

    @Transactional(readOnly = true)
    public SituationAgrement situation(Organisme o) {
        Optional<Agrement> agrement = o.porteurAgrement() ? agrements.actif(o.id())
                : fiches.siegeDe(o.siren()).flatMap(s -> agrements.actif(s.id()));
        return new SituationAgrement(o, agrement,
                agrement.map(a -> a.estValideLe(LocalDate.now(horloge))).orElse(false));
    }

    public List<String> codesRegions() {
        return territoires.regions().stream().map(Territoire::code).toList();
    }

    /** The rule violations of a declaration, as of today. */
    public List<DeclarationExistant.Erreur> verifier(DeclarationExistant d) {
        return d.erreurs(LocalDate.now(horloge), codesRegions());
    }

    /**
     * Records an agrément obtained outside VAO (spec §2.6 A) with its PDF copy, already stored by the document module.
     *
     * @throws AgrementInvalideException with the field errors; nothing is stored
     */
    @Transactional
    public long declarerExistant(UtilisateurConnecte u, DeclarationExistant d, UUID copie) {
        Organisme o = fiches.organismeDe(u).orElseThrow(() -> new AgrementRefuseException("agrement.refus.fiche"));
        if (!o.porteurAgrement()) {
            throw new AgrementRefuseException("agrement.refus.etablissement-secondaire");
        }
        List<DeclarationExistant.Erreur> erreurs = verifier(d);
        if (copie == null) {
            erreurs = new java.util.ArrayList<>(erreurs);
            erreurs.add(new DeclarationExistant.Erreur("copie", "agrement.erreur.copie-obligatoire"));
        }
        if (!erreurs.isEmpty()) {
            throw new AgrementInvalideException(erreurs);
        }
        long id = agrements.enregistrerExistant(o.id(), d, copie, u.id(), OffsetDateTime.now(horloge));
        if (!documents.rattacher(copie, TYPE_DOCUMENT, id, u)) {
            throw new AgrementRefuseException("agrement.refus.copie");
        }
        return id;
    }
}
