package fr.vao.organisme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.audit.EvenementAudit;
import fr.vao.audit.TypeEvenementAudit;
import fr.vao.plateforme.rgpd.DonneesOrganisme;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * Deletes an organisme and all its data (spec §8 RGPD, ADR 0021): every module answers for its own tables through
 * {@link DonneesOrganisme}, called in their order in one transaction, with the audit event of the deletion. Used by
 * the national administrators' action and by the monthly purge ({@link PurgeRgpd}).
 */
@Service
public class SuppressionOrganismes {

    /** One line of the inventory: a message key (label) and a number of rows. */
    public record Ligne(String cle, long nombre) {
    }

    /** What goes with an organisme. */
    public record Inventaire(long organismeId, String siret, List<Ligne> lignes) {

        public long total() {
            return lignes.stream().mapToLong(Ligne::nombre).sum();
        }
    }

    /** The agents' role of the national administration of accounts (RolesAgent.COMPTE of the compte module). */
    static final String ROLE_ADMINISTRATION = "Compte";

    private final List<DonneesOrganisme> donnees;
    private final JdbcClient jdbc;
    private final DeclarationsDeLOrganisme declarations;
    private final ApplicationEventPublisher evenements;
    private final MessageSource messages;
    private final Clock horloge;

    SuppressionOrganismes(List<DonneesOrganisme> donnees, JdbcClient jdbc, DeclarationsDeLOrganisme declarations,
            ApplicationEventPublisher evenements, MessageSource messages, Clock horloge) {
        this.donnees = donnees.stream().sorted(Comparator.comparingInt(DonneesOrganisme::ordre)).toList();
        this.jdbc = jdbc;
        this.declarations = declarations;
        this.evenements = evenements;
        this.messages = messages;
        this.horloge = horloge;
    }

    /**
     * Who may delete an organisme by hand: a national agent (DGCS, the national administration pages' rule) who
     * administers accounts (role Compte), since the organisme's accounts go with it.
     */
    public static boolean autorise(UtilisateurConnecte u) {
        return u != null && u.portail() == Portail.BO && u.estNational() && u.aRole(ROLE_ADMINISTRATION);
    }

    /** What would go with this organisme, in the deletion order; empty when it does not exist. */
    @Transactional(readOnly = true)
    public Optional<Inventaire> inventaire(long organismeId) {
        return siret(organismeId, false).map(siret -> inventorier(organismeId, siret));
    }

    private Inventaire inventorier(long organismeId, String siret) {
        List<Ligne> lignes = new ArrayList<>();
        donnees.forEach(d -> d.inventaire(organismeId).forEach((cle, n) -> lignes.add(new Ligne(cle, n))));
        return new Inventaire(organismeId, siret, List.copyOf(lignes));
    }

    /** The inventory as text (the jobs' reports, the audit log), French labels. */
    public String texte(Inventaire inventaire) {
        return inventaire.lignes().stream().filter(l -> l.nombre() > 0)
                .map(l -> messages.getMessage(l.cle(), null, l.cle(), Locale.FRANCE) + " : " + l.nombre())
                .collect(Collectors.joining(", "));
    }

    /**
     * Deletes the organisme and all its data in the caller's transaction (or one of its own), with an audit event.
     *
     * @param acteur who asks (e.g. "BO:12 agent@x.fr", or "SYSTEME" for the purge)
     * @return what went; empty when the organisme does not exist
     */
    @Transactional
    public Optional<Inventaire> supprimer(long organismeId, String acteur, String motif, String adresseIp) {
        // the lock also holds back whatever would insert a row pointing to it meanwhile (foreign keys' key share)
        Optional<String> siret = siret(organismeId, true);
        if (siret.isEmpty()) {
            return Optional.empty();
        }
        Inventaire inventaire = inventorier(organismeId, siret.get());
        donnees.forEach(d -> d.supprimer(organismeId));
        evenements.publishEvent(new EvenementAudit(TypeEvenementAudit.ORGANISME_SUPPRIME, horloge.instant(), acteur,
                "ORGANISME:" + organismeId + " SIRET " + siret.get(), motif + " — " + texte(inventaire), adresseIp));
        return Optional.of(inventaire);
    }

    /**
     * The purge's deletion: the organisme goes only if, checked again under its lock, its last stay still ended
     * before this day (a déclaration may have been created since the job listed it).
     */
    @Transactional
    public Optional<Inventaire> supprimerSiDernierSejourAvant(long organismeId, LocalDate jour, String motif) {
        if (siret(organismeId, true).isEmpty()
                || !declarations.finDernierSejour(organismeId).map(f -> f.isBefore(jour)).orElse(false)) {
            return Optional.empty();
        }
        return supprimer(organismeId, "SYSTEME", motif, null);
    }

    private Optional<String> siret(long organismeId, boolean verrou) {
        return jdbc.sql("select siret from organisme where id = :id" + (verrou ? " for update" : ""))
                .param("id", organismeId).query(String.class).optional();
    }
}
