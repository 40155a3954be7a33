package fr.vao.sejour;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.vao.document.Categorie;
import fr.vao.document.DocumentStocke;
import fr.vao.document.Documents;
import fr.vao.document.GenerateurPdf;
import fr.vao.hebergement.FicheHebergement;
import fr.vao.hebergement.GestionHebergements;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.territoire.Territoire;
import fr.vao.territoire.Territoires;

/**
 * The four PDFs of a déclaration (spec §2.12, ADR 0017), generated on its transitions inside their transaction and
 * stored attached to it: the déclaration préalable ({@code {numero}.pdf}) at each 2-month submission, the fiche
 * complémentaire ({@code {numero}_8jours.pdf}) at the 8-day one, and the two accusés de réception
 * ({@code AR_{numero}.pdf}, {@code AR_{numero}_8J.pdf}) when the DDETS registers them.
 */
@Component
class DocumentsDeclaration {

    /** The type of object the documents of a déclaration are attached to ({@link AccesDocumentsDeclaration}). */
    static final String RATTACHEMENT = "declaration";

    /** What the fiche annexe of one hébergement shows: the étape and the version of the hébergement it chose. */
    record FicheAnnexe(Etape etape, FicheHebergement fiche) {
    }

    private final GenerateurPdf generateur;
    private final Documents documents;
    private final DeclarationsSejour declarations;
    private final GestionHebergements hebergements;
    private final Territoires territoires;
    private final Clock horloge;

    DocumentsDeclaration(GenerateurPdf generateur, Documents documents, DeclarationsSejour declarations,
            GestionHebergements hebergements, Territoires territoires, Clock horloge) {
        this.generateur = generateur;
        this.documents = documents;
        this.declarations = declarations;
        this.hebergements = hebergements;
        this.territoires = territoires;
        this.horloge = horloge;
    }

    /**
     * The organiser has just submitted (the déclaration as now stored, in the same transaction): the déclaration
     * préalable at 2 months, the fiche complémentaire at 8 days.
     */
    DocumentStocke transmission(long id, UtilisateurConnecte organisateur) {
        return transmission(id, organisateur,
                declarations.trouver(id).orElseThrow().statut() == Statut.TRANSMISE_8J);
    }

    /** The déclaration préalable or the fiche complémentaire of a déclaration, whatever its status now. */
    DocumentStocke transmission(long id, UtilisateurConnecte organisateur, boolean huitJours) {
        DeclarationSejour d = declarations.trouver(id).orElseThrow();
        Map<String, Object> v = variables(d);
        v.put("huitJours", huitJours);
        v.put("fiches", d.hebergements().etapes().stream().map(e -> new FicheAnnexe(e,
                hebergements.version(e.version()).map(h -> h.fiche()).orElse(null))).toList());
        if (huitJours) {
            v.put("depotInitial", declarations.deuxMois(id).map(DeclarationSejour::attestation)
                    .map(Attestation::le).orElse(null));
        }
        byte[] pdf = generateur.generer("sejour/declaration", v);
        return huitJours
                ? documents.enregistrerGenere(d.numero() + "_8jours.pdf", Categorie.DECLARATION_8_JOURS, pdf,
                        RATTACHEMENT, id, organisateur)
                : documents.enregistrerGenere(d.numero() + ".pdf", Categorie.DECLARATION_2_MOIS, pdf, RATTACHEMENT,
                        id, organisateur);
    }

    /** The DDETS has just registered the 2-month or the 8-day declaration: its accusé de réception. */
    DocumentStocke enregistrement(long id, UtilisateurConnecte agent) {
        return enregistrement(id, agent, declarations.trouver(id).orElseThrow().statut() == Statut.VALIDEE_8J);
    }

    /** The accusé de réception of the 2-month or of the 8-day declaration, whatever the status now. */
    DocumentStocke enregistrement(long id, UtilisateurConnecte agent, boolean huitJours) {
        DeclarationSejour d = declarations.trouver(id).orElseThrow();
        Map<String, Object> v = variables(d);
        v.put("huitJours", huitJours);
        byte[] pdf = generateur.generer("sejour/accuse-reception", v);
        return huitJours
                ? documents.enregistrerGenere("AR_" + d.numero() + "_8J.pdf", Categorie.AR_DECLARATION_8_JOURS, pdf,
                        RATTACHEMENT, id, agent)
                : documents.enregistrerGenere("AR_" + d.numero() + ".pdf", Categorie.AR_DECLARATION_2_MOIS, pdf,
                        RATTACHEMENT, id, agent);
    }

    /** The generated documents of a déclaration, oldest first (the detail's "Documents" tab). */
    List<DocumentStocke> de(long id) {
        return documents.rattaches(RATTACHEMENT, id);
    }

    private Map<String, Object> variables(DeclarationSejour d) {
        Map<String, Object> v = new HashMap<>();
        Optional<InstantaneOrganisme> organisme = declarations.instantane(d.id());
        v.put("d", d);
        v.put("organisme", organisme.orElse(null));
        v.put("regionAgrement", organisme.map(InstantaneOrganisme::agrementRegion).flatMap(territoires::trouver)
                .map(Territoire::libelle).orElse(organisme.map(InstantaneOrganisme::agrementRegion).orElse(null)));
        v.put("departement", territoires.trouver(d.departementSuivi()).map(Territoire::libelle).orElse(null));
        v.put("aujourdhui", LocalDate.now(horloge.withZone(SaisieDeclarations.PARIS)));
        return v;
    }
}
