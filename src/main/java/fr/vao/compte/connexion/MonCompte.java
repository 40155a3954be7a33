package fr.vao.compte.connexion;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.audit.TypeEvenementAudit;
import fr.vao.compte.PolitiqueMotDePasse;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/** "Mon compte" of both portals: names and password of the logged-in user. */
@Service
public class MonCompte {

    /** Which field a refusal is about, and its message key. */
    public record Refus(String champ, String message) {
    }

    private final Comptes comptes;
    private final PolitiqueMotDePasse politique;
    private final PasswordEncoder encodeur;
    private final AppareilsConfiance appareils;
    private final Audits audits;
    private final Clock horloge;

    MonCompte(Comptes comptes, PolitiqueMotDePasse politique, PasswordEncoder encodeur, AppareilsConfiance appareils,
            Audits audits, Clock horloge) {
        this.comptes = comptes;
        this.politique = politique;
        this.encodeur = encodeur;
        this.appareils = appareils;
        this.audits = audits;
        this.horloge = horloge;
    }

    public Compte compte(UtilisateurConnecte utilisateur) {
        return comptes.parId(utilisateur.portail(), utilisateur.id()).orElseThrow();
    }

    /** @return false on a concurrent change (stale version) */
    @Transactional
    public boolean modifierIdentite(UtilisateurConnecte utilisateur, String nom, String prenom, int version) {
        return comptes.modifierIdentite(utilisateur.portail(), utilisateur.id(), nom.strip(), prenom.strip(), version,
                OffsetDateTime.now(horloge));
    }

    /** Changes the password after checking the current one; the caller then ends the user's other sessions. */
    @Transactional
    public Optional<Refus> changerMotDePasse(UtilisateurConnecte utilisateur, String actuel, String nouveau,
            String ip) {
        Compte compte = compte(utilisateur);
        if (compte.motDePasse() == null || actuel == null || !encodeur.matches(actuel, compte.motDePasse())) {
            return Optional.of(new Refus("actuel", "moncompte.motdepasse.actuel.incorrect"));
        }
        Optional<String> refus = politique.refus(nouveau, compte.email(), compte.nom(), compte.prenom());
        if (refus.isPresent()) {
            return Optional.of(new Refus("nouveau", refus.get()));
        }
        comptes.changerMotDePasse(compte.portail(), compte.id(), encodeur.encode(nouveau), OffsetDateTime.now(horloge));
        appareils.oublier(compte.portail(), compte.id());
        audits.publier(TypeEvenementAudit.MOT_DE_PASSE_MODIFIE, compte.trace(), compte.trace(), null, ip);
        return Optional.empty();
    }
}
