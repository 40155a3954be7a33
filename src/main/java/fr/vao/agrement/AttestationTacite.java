package fr.vao.agrement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import fr.vao.document.Categorie;
import fr.vao.document.DocumentStocke;
import fr.vao.document.Documents;
import fr.vao.document.GenerateurPdf;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.territoire.Territoire;
import fr.vao.territoire.Territoires;

/**
 * The "attestation d'acceptation tacite" VAO issues when the silence-vaut-accord delay elapses (CRPA L232-3; issue
 * 5 decision): the organisme, the request, its dépôt and completeness dates, the day of the tacit approval and the
 * 5 years of validity. Generated and stored attached to the agrément in the job's transaction.
 */
@Component
class AttestationTacite {

    /** Who the generated document is recorded as deposited by: the platform (agent id 0). */
    static final UtilisateurConnecte AUTOMATE = new UtilisateurConnecte(Portail.BO, 0, "automate@vao.social.gouv.fr",
            "VAO", "Automate", Set.of(), "FRA", "NAT");

    private final GenerateurPdf generateur;
    private final Documents documents;
    private final ListeAgrements liste;
    private final Territoires territoires;

    AttestationTacite(GenerateurPdf generateur, Documents documents, ListeAgrements liste, Territoires territoires) {
        this.generateur = generateur;
        this.documents = documents;
        this.liste = liste;
        this.territoires = territoires;
    }

    /** Generates and stores the attestation of an agrément just granted tacitly on that day. */
    DocumentStocke generer(DemandeAgrement a, LocalDate jour) {
        String[] o = liste.organisme(a.id()).orElse(new String[] {"", ""});
        Map<String, Object> v = new HashMap<>();
        v.put("a", a);
        v.put("organisme", o[0]);
        v.put("siret", o[1]);
        v.put("region", territoires.trouver(a.regionObtention()).map(Territoire::libelle)
                .orElse(a.regionObtention()));
        v.put("jour", jour);
        byte[] pdf = generateur.generer("agrement/attestation-tacite", v);
        return documents.enregistrerGenere("attestation_acceptation_tacite_" + a.id() + ".pdf",
                Categorie.AGR_ATTESTATION_TACITE, pdf, AgrementsOrganisme.TYPE_DOCUMENT, a.id(), AUTOMATE);
    }
}
