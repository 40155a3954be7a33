package fr.vao.api.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import fr.vao.document.DocumentStocke;
import fr.vao.document.Documents;
import fr.vao.sejour.DeclarationIntrouvableException;
import fr.vao.sejour.DeclarationSejour;
import fr.vao.sejour.EntreeHistorique;
import fr.vao.sejour.LectureDeclarations;
import fr.vao.sejour.LigneDeclaration;
import fr.vao.sejour.Statut;
import fr.vao.plateforme.securite.UtilisateurCourant;

/**
 * The déclarations de séjour of the token's organiser, read only (spec §2.8; ADR 0034), through
 * {@link LectureDeclarations}: the portal's visibility (a siège reads its établissements' ones, read-only), never the
 * inspections nor the EIG.
 */
@RestController
@RequestMapping("/api/v1/declarations")
@Tag(name = "Déclarations de séjour", description = "Lecture des déclarations de l’organisme du jeton")
class DeclarationsApiController {

    private final LectureDeclarations lecture;
    private final MessageSource messages;

    DeclarationsApiController(LectureDeclarations lecture, MessageSource messages) {
        this.lecture = lecture;
        this.messages = messages;
    }

    @Schema(name = "DeclarationLigne", description = "Une déclaration dans une liste")
    record Ligne(long id, String number, String title, String status, String statusLabel, LocalDate startDate,
            LocalDate endDate, String period, String department, String siret, String organism) {
    }

    @Schema(name = "DeclarationEtape", description = "Un hébergement (étape) du séjour, dans la version choisie")
    record Etape(UUID accommodationId, String name, String department, LocalDate startDate, LocalDate endDate) {
    }

    @Schema(description = "Une déclaration de séjour")
    record Declaration(long id, String number, String title,
            @Schema(description = "Statut, valeur de la référence (par exemple « EN COURS »)") String status,
            String statusLabel, LocalDate startDate, LocalDate endDate, String period,
            @Schema(description = "Département de suivi (DDETS instructrice)") String department, long organismId,
            String siret, String organism,
            @Schema(description = "Faux pour la déclaration d’un établissement, lue par son siège") boolean editable,
            List<Etape> accommodations) {
    }

    @Schema(name = "DeclarationEvenement", description = "Un événement de l’historique")
    record Evenement(OffsetDateTime date, String source, String type, String label, String details) {
    }

    @Schema(name = "DeclarationDocument", description = "Un PDF généré par VAO pour la déclaration")
    record Document(UUID uuid, String name,
            @Schema(description = "declaration_2_mois, declaration_8jours, AR_declaration_2_mois, "
                    + "AR_declaration_8_jours") String type, String mimeType, int size, String sha256,
            Instant createdAt) {
    }

    @GetMapping
    @Operation(summary = "Lister les déclarations",
            description = "Celles de l’organisme et, pour un siège social, de ses établissements ; les dernières "
                    + "modifiées d’abord.")
    PageApi<Ligne> liste(@Parameter(description = "Statut(s), valeur de la référence (« EN COURS ») ou constante "
            + "(EN_COURS), répétable") @RequestParam(required = false) List<String> status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        int taille = PageApi.taille(size);
        int numero = PageApi.page(page);
        LectureDeclarations.Page p = lecture.page(UtilisateurCourant.obtenir(), statuts(status), taille,
                numero * taille);
        return new PageApi<>(p.lignes().stream().map(this::ligne).toList(), p.total(), numero, taille);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Lire une déclaration", description = "Son statut et ses champs principaux.")
    Declaration lire(@PathVariable String id) {
        LectureDeclarations.Lecture l = lecture.lire(UtilisateurCourant.obtenir(), identifiant(id));
        DeclarationSejour d = l.declaration();
        return new Declaration(d.id(), d.numero(), d.informations().libelle(), d.statut().code(), libelle(d.statut()),
                d.informations().dateDebut(), d.informations().dateFin(), d.informations().periode(),
                d.departementSuivi(), d.organismeId(), l.organisme().map(o -> o.siret()).orElse(null),
                l.organisme().map(o -> o.nom()).orElse(null), l.modifiable(),
                d.hebergements().etapes().stream().map(e -> new Etape(e.hebergementId(), e.nom(), e.departement(),
                        e.dateDebut(), e.dateFin())).toList());
    }

    @GetMapping("/{id}/historique")
    @Operation(summary = "Historique d’une déclaration", description = "Les événements, les plus récents d’abord.")
    List<Evenement> historique(@PathVariable String id) {
        return lecture.historique(UtilisateurCourant.obtenir(), identifiant(id)).stream().map(this::evenement)
                .toList();
    }

    @GetMapping("/{id}/documents")
    @Operation(summary = "Documents d’une déclaration",
            description = "Les PDF générés : déclaration préalable, fiche complémentaire, accusés de réception.")
    List<Document> documents(@PathVariable String id) {
        return lecture.documents(UtilisateurCourant.obtenir(), identifiant(id)).stream()
                .map(DeclarationsApiController::document).toList();
    }

    @GetMapping("/{id}/documents/{uuid}")
    @Operation(summary = "Télécharger un document d’une déclaration", description = "En pièce jointe (PDF).")
    ResponseEntity<byte[]> telecharger(@PathVariable String id, @PathVariable String uuid) {
        UUID document;
        try {
            document = UUID.fromString(uuid);
        } catch (IllegalArgumentException e) {
            throw new ProblemeApi(HttpStatus.NOT_FOUND, "api.document.introuvable");
        }
        Documents.Contenu contenu = lecture.document(UtilisateurCourant.obtenir(), identifiant(id), document)
                .orElseThrow(() -> new ProblemeApi(HttpStatus.NOT_FOUND, "api.document.introuvable"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contenu.description().typeMime()))
                .contentLength(contenu.octets().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(contenu.description().nom(), StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(contenu.octets());
    }

    private Ligne ligne(LigneDeclaration l) {
        return new Ligne(l.id(), l.numero(), l.libelle(), l.statut().code(), libelle(l.statut()), l.dateDebut(),
                l.dateFin(), l.periode(), l.departement(), l.siret(), l.organisme());
    }

    private Evenement evenement(EntreeHistorique e) {
        return new Evenement(e.le(), e.source(), e.type(),
                messages.getMessage("sejour.historique." + e.type(), null, e.type(), Locale.FRANCE), e.precision());
    }

    private static Document document(DocumentStocke d) {
        return new Document(d.id(), d.nom(), d.categorie().typeGenere(), d.typeMime(), d.taille(), d.sha256(),
                d.deposeLe());
    }

    private String libelle(Statut s) {
        return messages.getMessage(s.cle(), null, s.code(), Locale.FRANCE);
    }

    /** The statuses asked for, by the reference's value or the constant; an unknown one is a 400. */
    private static Set<Statut> statuts(List<String> codes) {
        Set<Statut> statuts = EnumSet.noneOf(Statut.class);
        if (codes == null) {
            return statuts;
        }
        for (String code : codes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            String c = code.strip();
            statuts.add(Arrays.stream(Statut.values())
                    .filter(s -> s.code().equalsIgnoreCase(c) || s.name().equalsIgnoreCase(c)).findFirst()
                    .orElseThrow(() -> new ProblemeApi(HttpStatus.BAD_REQUEST, "api.declaration.statut-inconnu")));
        }
        return statuts;
    }

    private static long identifiant(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new DeclarationIntrouvableException();
        }
    }
}
