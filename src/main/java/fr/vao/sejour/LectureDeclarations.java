package fr.vao.sejour;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.document.Categorie;
import fr.vao.document.DocumentStocke;
import fr.vao.document.Documents;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * What an organiser reads of its déclarations outside the portal (the public API, ADR 0034), with the portal's own
 * rules: the organisme's déclarations, its SIREN's for a siège (read-only), an établissement secondaire only its own;
 * anything else is "introuvable". The history and documents given here never include the inspections (ADR 0030) nor
 * the EIG (ADR 0024): those are shown in their own tabs of the portal, not exposed.
 */
@Service
public class LectureDeclarations {

    /** The PDFs generated for a déclaration itself (spec §2.12): nothing else attached to it is given. */
    private static final Set<Categorie> PDF_DECLARATION = Set.of(Categorie.DECLARATION_2_MOIS,
            Categorie.DECLARATION_8_JOURS, Categorie.AR_DECLARATION_2_MOIS, Categorie.AR_DECLARATION_8_JOURS);

    /** History types of the inspections and EIG modules, kept out of what this service returns. */
    private static final List<String> HISTORIQUE_RESERVE = List.of("inspection", "eig");

    /** A déclaration as read, with what the portal would let this user do. */
    public record Lecture(DeclarationSejour declaration, Optional<InstantaneOrganisme> organisme,
            boolean modifiable) {
    }

    /** One page of the list, and the total count with these filters. */
    public record Page(long total, List<LigneDeclaration> lignes) {
    }

    private final SaisieDeclarations saisie;
    private final ListeOrganisateur liste;
    private final DeclarationsSejour declarations;
    private final DocumentsDeclaration documentsDeclaration;
    private final Documents documents;

    LectureDeclarations(SaisieDeclarations saisie, ListeOrganisateur liste, DeclarationsSejour declarations,
            DocumentsDeclaration documentsDeclaration, Documents documents) {
        this.saisie = saisie;
        this.liste = liste;
        this.declarations = declarations;
        this.documentsDeclaration = documentsDeclaration;
        this.documents = documents;
    }

    /** The list of the portal (last modified first); empty while the user has no organisme. */
    @Transactional(readOnly = true)
    public Page page(UtilisateurConnecte u, Set<Statut> statuts, int taille, int decalage) {
        return saisie.organismeDe(u).map(o -> {
            List<Long> organismes = saisie.visibles(o);
            ListeOrganisateur.Filtre f = new ListeOrganisateur.Filtre(null, null, statuts, null);
            return new Page(liste.compter(organismes, f), liste.page(organismes, f, null, true, taille, decalage));
        }).orElse(new Page(0, List.of()));
    }

    /** A déclaration this user may see, else {@link DeclarationIntrouvableException}. */
    @Transactional(readOnly = true)
    public Lecture lire(UtilisateurConnecte u, long id) {
        DeclarationSejour d = saisie.lire(u, id);
        return new Lecture(d, declarations.instantane(id), saisie.modifiable(u, d));
    }

    /** Its history, most recent first, without the inspections' and EIG's entries. */
    @Transactional(readOnly = true)
    public List<EntreeHistorique> historique(UtilisateurConnecte u, long id) {
        saisie.lire(u, id);
        return declarations.historique(id).stream()
                .filter(e -> HISTORIQUE_RESERVE.stream().noneMatch(r -> e.type().startsWith(r))).toList();
    }

    /** The PDFs VAO generated for it (spec §2.12), oldest first. */
    @Transactional(readOnly = true)
    public List<DocumentStocke> documents(UtilisateurConnecte u, long id) {
        saisie.lire(u, id);
        return documentsDeclaration.de(id).stream().filter(d -> PDF_DECLARATION.contains(d.categorie())).toList();
    }

    /** One of its generated PDFs with its bytes; empty when the document is not one of this déclaration's. */
    @Transactional(readOnly = true)
    public Optional<Documents.Contenu> document(UtilisateurConnecte u, long id, UUID document) {
        return documents(u, id).stream().filter(d -> d.id().equals(document)).findFirst()
                .flatMap(d -> documents.lire(document, u));
    }
}
