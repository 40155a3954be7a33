package fr.vao.agrement;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.vao.notification.Courriel;
import fr.vao.notification.Courriels;
import fr.vao.organisme.SiretModifie;
import fr.vao.territoire.FicheTerritoire;
import fr.vao.territoire.FichesTerritoire;

/**
 * Tells the DREETS of its agrément region (else of its région) that a personne physique or a siège social changed
 * SIRET (spec §2.5, "Portail VAO - Changement de SIRET d'un OVA"). Runs in the transaction of the change: the mail
 * enters the outbox with it or not at all.
 */
@Component
class ChangementSiretDreets {

    private static final Logger LOG = LoggerFactory.getLogger(ChangementSiretDreets.class);

    private final Agrements agrements;
    private final FichesTerritoire fichesTerritoire;
    private final Courriels courriels;

    ChangementSiretDreets(Agrements agrements, FichesTerritoire fichesTerritoire, Courriels courriels) {
        this.agrements = agrements;
        this.fichesTerritoire = fichesTerritoire;
        this.courriels = courriels;
    }

    @EventListener
    void siretModifie(SiretModifie e) {
        if (!e.porteurAgrement()) {
            return;
        }
        Optional<Agrement> agrement = agrements.actif(e.organismeId());
        String region = agrement.map(Agrement::regionObtention).orElse(e.region());
        Optional<String> boite = Optional.ofNullable(region).flatMap(fichesTerritoire::trouver)
                .map(FicheTerritoire::serviceEmail).filter(m -> !m.isBlank());
        if (boite.isEmpty()) {
            LOG.warn("Changement de SIRET de l'organisme {} : aucune boîte DREETS pour la région {}", e.organismeId(),
                    region);
            return;
        }
        courriels.envoyer(new Courriel("organisme-siret-dreets", List.of(boite.get().strip()),
                "Portail VAO - Changement de SIRET d'un OVA", Map.of("nom", e.nom(), "ancien", e.ancienSiret(),
                        "nouveau", e.nouveauSiret(), "numero", agrement.map(Agrement::numero).orElse("—"))));
    }
}
