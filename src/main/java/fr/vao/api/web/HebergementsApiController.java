package fr.vao.api.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import fr.vao.hebergement.AdresseHebergement;
import fr.vao.hebergement.Erreurs;
import fr.vao.hebergement.FicheHebergement;
import fr.vao.hebergement.GestionHebergements;
import fr.vao.hebergement.Hebergement;
import fr.vao.hebergement.HebergementIntrouvableException;
import fr.vao.hebergement.HebergementInvalideException;
import fr.vao.hebergement.LigneHebergement;
import fr.vao.hebergement.ResolutionAdresses;
import fr.vao.hebergement.Statut;
import fr.vao.organisme.Organisme;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.plateforme.securite.UtilisateurCourant;

/**
 * The hébergements of the token's organiser (spec §2.7, §7.4; ADR 0034), through the portal's own use cases
 * ({@link GestionHebergements}): the same rules, versions, statuses and per-object checks. An hébergement is created
 * or saved actif (full validation, as the reference's API does); a deletion is the portal's désactivation.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Hébergements", description = "Les hébergements de l’organisme du jeton (§7.4 de la référence)")
class HebergementsApiController {

    private final GestionHebergements gestion;
    private final ResolutionAdresses resolution;

    HebergementsApiController(GestionHebergements gestion, ResolutionAdresses resolution) {
        this.gestion = gestion;
        this.resolution = resolution;
    }

    @Schema(name = "HebergementLigne", description = "Un hébergement dans une liste")
    record Ligne(UUID id, String name, String department, String address, String status, String phoneNumber,
            String email, boolean editable) {

        static Ligne de(LigneHebergement l, Organisme o) {
            return new Ligne(l.hebergementId(), l.nom(), l.departement(), l.adresse(), l.statut().code(),
                    l.telephone(), l.email(), l.organismeId() == o.id());
        }
    }

    @GetMapping("/hebergements")
    @Operation(summary = "Lister les hébergements",
            description = "Ceux de l’organisme et, pour un siège social, ceux de ses établissements (lecture seule), "
                    + "triés par nom.")
    PageApi<Ligne> liste(@Parameter(description = "brouillon, actif ou desactive") @RequestParam(required = false)
            String status, @Parameter(description = "Nom (contient)") @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Optional<Organisme> o = gestion.organismeDe(UtilisateurCourant.obtenir());
        int taille = PageApi.taille(size);
        int numero = PageApi.page(page);
        if (o.isEmpty()) {
            return new PageApi<>(List.of(), 0, numero, taille);
        }
        GestionHebergements.Page p = gestion.liste(o.get(), borne(name), null, statut(status), "nom", false, taille,
                numero * taille);
        return new PageApi<>(p.lignes().stream().map(l -> Ligne.de(l, o.get())).toList(), p.total(), numero,
                taille);
    }

    @GetMapping("/hebergements/{id}")
    @Operation(summary = "Lire un hébergement", description = "404 s’il n’est pas visible de l’organisme du jeton.")
    HebergementApi.Lu lire(@PathVariable String id) {
        Organisme o = organisme();
        Hebergement h = gestion.lire(o, uuid(id));
        return HebergementApi.Lu.de(h, gestion.modifiable(o, h));
    }

    @PostMapping({"/hebergements", "/accommodation"})
    @Operation(summary = "Créer un hébergement (actif)",
            description = "Toutes les règles du portail s’appliquent ; l’adresse est géocodée par l’API Adresse et "
                    + "refusée si elle est introuvable ; les fichiers ERP sont des uuid de POST /api/v1/fichiers. "
                    + "Alias de la référence : POST /api/v1/accommodation.")
    @ApiResponse(responseCode = "201", description = "Hébergement créé, actif")
    @ApiResponse(responseCode = "503", description = "API Adresse indisponible : rien n’est enregistré",
            content = @Content(mediaType = ErreursApi.PROBLEME,
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<HebergementApi.Lu> creer(@RequestBody HebergementApi.Saisie saisie) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        Organisme o = organisme();
        UUID id = gestion.creer(u, o, fiche(saisie, null), true);
        Hebergement h = gestion.lire(o, id);
        return ResponseEntity.created(URI.create("/api/v1/hebergements/" + id)).body(HebergementApi.Lu.de(h, true));
    }

    @PutMapping("/hebergements/{id}")
    @Operation(summary = "Modifier un hébergement",
            description = "Le corps complet, avec la version lue (409 si l’hébergement a changé depuis). Un "
                    + "hébergement actif devient une nouvelle version (les déclarations gardent la précédente), un "
                    + "brouillon est activé ; un hébergement désactivé doit d’abord être réactivé dans le portail.")
    HebergementApi.Lu modifier(@PathVariable String id, @RequestBody HebergementApi.Saisie saisie) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        Organisme o = organisme();
        Hebergement h = gestion.lire(o, uuid(id));
        if (!gestion.modifiable(o, h)) {
            throw new AccessDeniedException("Hébergement d’un autre établissement : lecture seule");
        }
        gestion.enregistrer(u, o, h.hebergementId(), saisie.version() == null ? -1 : saisie.version(),
                fiche(saisie, h.fiche().adresse()), true);
        return HebergementApi.Lu.de(gestion.lire(o, h.hebergementId()), true);
    }

    @DeleteMapping({"/hebergements/{id}", "/accommodation/{id}"})
    @Operation(summary = "Supprimer (désactiver) un hébergement",
            description = "La désactivation du portail : l’hébergement n’est plus proposé dans les déclarations, "
                    + "celles qui l’utilisent le gardent ; il peut être réactivé dans le portail. Alias de la "
                    + "référence : DELETE /api/v1/accommodation/{id}.")
    Map<String, Object> supprimer(@PathVariable String id,
            @Parameter(description = "La version lue (verrou optimiste) ; sans elle, la version courante")
            @RequestParam(required = false) Integer version) {
        UtilisateurConnecte u = UtilisateurCourant.obtenir();
        Organisme o = organisme();
        Hebergement h = gestion.lire(o, uuid(id));
        gestion.desactiver(u, o, h.hebergementId(), version == null ? h.version() : version);
        return Map.of("id", h.hebergementId(), "status", Statut.DESACTIVE.code(),
                "message", "Hébergement « " + h.fiche().nom() + " » désactivé.");
    }

    /**
     * The fiche of a request, its address resolved as the portal's form does (text only: the best match of the API
     * Adresse, kept as is when unchanged), checked by the portal's rules: every error at once, on the API's fields.
     */
    private FicheHebergement fiche(HebergementApi.Saisie saisie, AdresseHebergement actuelle) {
        ResolutionAdresses.Resultat adresse = resolution.resoudre(new ResolutionAdresses.Saisie(
                saisie.coordinates().address(), null, false, null, null, null, null), actuelle);
        if (adresse.indisponible()) {
            throw new ProblemeApi(HttpStatus.SERVICE_UNAVAILABLE, "api.adresse-indisponible");
        }
        Erreurs conversion = new Erreurs();
        FicheHebergement fiche = saisie.versFiche(adresse.adresse(), conversion);
        List<Erreurs.Erreur> erreurs = new ArrayList<>(adresse.erreurs().liste());
        erreurs.addAll(conversion.liste());
        fiche.erreurs(gestion.aujourdhui(), true).liste().stream()
                .filter(e -> erreurs.stream().noneMatch(x -> x.champ().equals(e.champ())))
                .forEach(erreurs::add);
        if (!erreurs.isEmpty()) {
            throw new HebergementInvalideException(erreurs);
        }
        return fiche;
    }

    private Organisme organisme() {
        return gestion.organismeDe(UtilisateurCourant.obtenir())
                .orElseThrow(() -> new ProblemeApi(HttpStatus.CONFLICT, "api.organisme-absent"));
    }

    private static Statut statut(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (Statut s : Statut.values()) {
            if (s.code().equals(code.strip())) {
                return s;
            }
        }
        throw new ProblemeApi(HttpStatus.BAD_REQUEST, "api.hebergement.statut-inconnu");
    }

    private static String borne(String valeur) {
        if (valeur == null || valeur.isBlank()) {
            return null;
        }
        String v = valeur.strip();
        return v.length() > 100 ? v.substring(0, 100) : v;
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new HebergementIntrouvableException();
        }
    }
}
