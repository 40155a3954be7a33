package fr.vao.eig;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import fr.vao.audit.EvenementAudit;
import fr.vao.audit.TypeEvenementAudit;
import fr.vao.plateforme.observabilite.CompteursMetier;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import io.micrometer.core.instrument.Counter;

/**
 * The audit entries of the EIG (issue 5 item 7, spec §8 "tracking_actions"): every change with its state before and
 * after, and every read by an agent. The sensitive fields never reach the log: only whether they are filled in and a
 * fingerprint that changes with them. Each transmission is counted too ({@code vao_eig_transmis_total}).
 */
@Component
class AuditEig {

    private final ApplicationEventPublisher evenements;
    private final Clock horloge;
    private final CompteursMetier compteurs;
    private final Counter transmis;

    AuditEig(ApplicationEventPublisher evenements, Clock horloge, CompteursMetier compteurs) {
        this.evenements = evenements;
        this.horloge = horloge;
        this.compteurs = compteurs;
        this.transmis = compteurs.compteur("vao.eig.transmis", "Événements indésirables graves transmis");
    }

    void publier(TypeEvenementAudit type, UtilisateurConnecte u, long id, Eig avant, Eig apres) {
        String details = "avant : " + (avant == null ? "—" : resume(avant)) + " ; après : "
                + (apres == null ? "—" : resume(apres));
        if (avant != null && apres != null) {
            details += " ; champs chiffrés modifiés : " + sensiblesModifies(avant, apres);
        }
        evenements.publishEvent(new EvenementAudit(type, horloge.instant(),
                u.portail() + ":" + u.id() + " " + u.email(), "EIG:" + id, details, null));
        if (type == TypeEvenementAudit.EIG_TRANSMIS) {
            compteurs.compter(transmis);
        }
    }

    /** The names of the encrypted fields whose content changed (never their content). */
    static java.util.List<String> sensiblesModifies(Eig a, Eig b) {
        java.util.List<String> m = new java.util.ArrayList<>();
        if (!a.personnel().equals(b.personnel())) {
            m.add("personnel");
        }
        if (!java.util.Objects.equals(a.deroulement(), b.deroulement())) {
            m.add("deroulement");
        }
        if (!java.util.Objects.equals(a.dispositionRemediation(), b.dispositionRemediation())) {
            m.add("dispositionRemediation");
        }
        if (!java.util.Objects.equals(a.dispositionVictimes(), b.dispositionVictimes())) {
            m.add("dispositionVictimes");
        }
        if (!java.util.Objects.equals(a.dispositionInformations(), b.dispositionInformations())) {
            m.add("dispositionInformations");
        }
        return m;
    }

    /** What the log keeps of an EIG: everything but the content of the encrypted fields. */
    static String resume(Eig e) {
        int textes = 0;
        for (String t : new String[] {e.deroulement(), e.dispositionRemediation(), e.dispositionVictimes(),
                e.dispositionInformations()}) {
            textes += t == null || t.isBlank() ? 0 : 1;
        }
        return "{statut=" + e.statut() + ", declaration=" + e.declarationId() + ", departement=" + e.departement()
                + ", region=" + e.regionAgrement() + ", date=" + e.dateIncident() + ", types="
                + e.types().stream().map(TypeChoisi::code).toList() + ", personnel=" + e.personnel().size()
                + ", textes=" + textes + "/4, destinataires="
                + e.emailsAutres().size() + ", fichier=" + (e.fichier() != null) + ", luDdets=" + e.luDdets()
                + ", luDreets=" + e.luDreets() + ", version=" + e.version() + "}";
    }
}
