package fr.vao.agrement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.audit.EvenementAudit;
import fr.vao.audit.TypeEvenementAudit;
import fr.vao.organisme.FichesOrganisateur;
import fr.vao.organisme.Organisme;
import fr.vao.plateforme.securite.Portail;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * The organisations that lost their agrément (spec §2.14 "Informations", §3.3, ADR 0022): a reference table that
 * every agent reads, that national agents (territory {@code FRA}) maintain, each change audited with its before and
 * after; and the "Organisme non agréé" alert of a déclaration's organiser.
 */
@Service
public class OrganismesNonAgrees {

    /** Sort keys → ORDER BY (whitelist: never a parameter in the SQL). */
    public static final Map<String, String> TRIS = Map.of("nom", "lower(n.nom)", "siret", "n.siret", "region",
            "t.libelle", "nature", "n.nature_decision", "date", "n.date_decision");

    /** The list's filters; null = not filtered. */
    public record Filtre(String nom, String siret, String region, NatureDecision nature) {
    }

    /** What a national agent enters. */
    public record Donnees(String siret, String nom, String regionDelivrance, NatureDecision natureDecision,
            LocalDate dateDecision) {
    }

    private static final String COLONNES = """
            select n.id, n.siret, n.nom, n.region_delivrance, t.libelle region_libelle, n.nature_decision,
                n.date_decision, n.modifie_par, n.modifie_le, n.version
            from organisme_non_agree n join territoire t on t.code = n.region_delivrance""";

    private final JdbcClient jdbc;
    private final FichesOrganisateur fiches;
    private final AgrementsOrganisme agrements;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    OrganismesNonAgrees(JdbcClient jdbc, FichesOrganisateur fiches, AgrementsOrganisme agrements,
            ApplicationEventPublisher evenements, Clock horloge) {
        this.jdbc = jdbc;
        this.fiches = fiches;
        this.agrements = agrements;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    /** National agents only maintain the list (ADR 0022). */
    public static boolean peutModifier(UtilisateurConnecte agent) {
        return agent != null && agent.portail() == Portail.BO && agent.estNational()
                && "FRA".equals(agent.territoireCode());
    }

    private static void verifierDroit(UtilisateurConnecte agent) {
        if (!peutModifier(agent)) {
            throw new AccessDeniedException("Liste des organismes non agréés : agents nationaux seulement");
        }
    }

    private static String where(Filtre f, Map<String, Object> params) {
        List<String> c = new ArrayList<>(List.of("true"));
        if (f.nom() != null) {
            c.add("n.nom ilike :nom");
            params.put("nom", "%" + echapper(f.nom()) + "%");
        }
        if (f.siret() != null) {
            c.add("n.siret like :siret");
            params.put("siret", "%" + echapper(f.siret()) + "%");
        }
        if (f.region() != null) {
            c.add("n.region_delivrance = :region");
            params.put("region", f.region());
        }
        if (f.nature() != null) {
            c.add("n.nature_decision = :nature");
            params.put("nature", f.nature().name());
        }
        return " where " + String.join(" and ", c);
    }

    private static String echapper(String texte) {
        return texte.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String ordre(String tri, boolean desc) {
        String colonne = TRIS.getOrDefault(tri == null ? "nom" : tri, TRIS.get("nom"));
        return colonne + (desc ? " desc" : " asc") + ", n.id";
    }

    private static OrganismeNonAgree lire(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new OrganismeNonAgree(rs.getLong("id"), rs.getString("siret"), rs.getString("nom"),
                rs.getString("region_delivrance"), rs.getString("region_libelle"),
                NatureDecision.deCode(rs.getString("nature_decision")),
                rs.getObject("date_decision", LocalDate.class), rs.getString("modifie_par"),
                rs.getObject("modifie_le", OffsetDateTime.class), rs.getInt("version"));
    }

    public long compter(Filtre f) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from organisme_non_agree n" + where(f, params)).params(params)
                .query(Long.class).single();
    }

    public List<OrganismeNonAgree> page(Filtre f, String tri, boolean desc, int taille, int decalage) {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, params);
        params.put("taille", taille);
        params.put("decalage", decalage);
        return jdbc.sql(COLONNES + where + " order by " + ordre(tri, desc) + " limit :taille offset :decalage")
                .params(params).query(OrganismesNonAgrees::lire).list();
    }

    /** Every row of the filtered list, in its order (the CSV). */
    public List<OrganismeNonAgree> exporter(Filtre f, String tri, boolean desc) {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, params);
        return jdbc.sql(COLONNES + where + " order by " + ordre(tri, desc)).params(params)
                .query(OrganismesNonAgrees::lire).list();
    }

    public Optional<OrganismeNonAgree> trouver(long id) {
        return jdbc.sql(COLONNES + " where n.id = :id").param("id", id).query(OrganismesNonAgrees::lire).optional();
    }

    private static String acteur(UtilisateurConnecte agent) {
        return "BO:" + agent.id() + " " + agent.email();
    }

    private static String decrire(OrganismeNonAgree o) {
        return "SIRET " + o.siret() + ", nom « " + o.nom() + " », région " + o.regionDelivrance() + ", nature "
                + o.natureDecision().name() + ", date " + o.dateDecision();
    }

    private void auditer(TypeEvenementAudit type, UtilisateurConnecte agent, long id, String details, String ip) {
        evenements.publishEvent(new EvenementAudit(type, horloge.instant(), acteur(agent),
                "ORGANISME_NON_AGREE:" + id, details, ip));
    }

    /** Adds a row; 403 unless national; a SIRET already listed is refused. */
    @Transactional
    public long ajouter(UtilisateurConnecte agent, Donnees d, String ip) {
        verifierDroit(agent);
        long id;
        try {
            id = jdbc.sql("""
                    insert into organisme_non_agree (siret, nom, region_delivrance, nature_decision, date_decision,
                                                     modifie_par, modifie_le)
                    values (:siret, :nom, :region, :nature, :date, :par, :le) returning id""")
                    .param("siret", d.siret()).param("nom", d.nom().strip()).param("region", d.regionDelivrance())
                    .param("nature", d.natureDecision().name()).param("date", d.dateDecision())
                    .param("par", acteur(agent)).param("le", OffsetDateTime.now(horloge)).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new ListeNonAgreesException(ListeNonAgreesException.SIRET_EXISTANT);
        }
        auditer(TypeEvenementAudit.ORGANISME_NON_AGREE_AJOUTE, agent, id,
                "après : " + decrire(trouver(id).orElseThrow()), ip);
        return id;
    }

    /** Changes a row on the version the agent saw; 403 unless national. */
    @Transactional
    public void modifier(UtilisateurConnecte agent, long id, int version, Donnees d, String ip) {
        verifierDroit(agent);
        OrganismeNonAgree avant = trouver(id).orElseThrow(() -> new ListeNonAgreesException(
                ListeNonAgreesException.CONFLIT));
        int lignes;
        try {
            lignes = jdbc.sql("""
                    update organisme_non_agree set siret = :siret, nom = :nom, region_delivrance = :region,
                        nature_decision = :nature, date_decision = :date, modifie_par = :par, modifie_le = :le,
                        version = version + 1
                    where id = :id and version = :version""")
                    .param("siret", d.siret()).param("nom", d.nom().strip()).param("region", d.regionDelivrance())
                    .param("nature", d.natureDecision().name()).param("date", d.dateDecision())
                    .param("par", acteur(agent)).param("le", OffsetDateTime.now(horloge)).param("id", id)
                    .param("version", version).update();
        } catch (DuplicateKeyException e) {
            throw new ListeNonAgreesException(ListeNonAgreesException.SIRET_EXISTANT);
        }
        if (lignes != 1) {
            throw new ListeNonAgreesException(ListeNonAgreesException.CONFLIT);
        }
        OrganismeNonAgree apres = trouver(id).orElseThrow();
        auditer(TypeEvenementAudit.ORGANISME_NON_AGREE_MODIFIE, agent, id,
                "avant : " + decrire(avant) + " ; après : " + decrire(apres), ip);
    }

    /** Deletes a row on the version the agent saw; 403 unless national. */
    @Transactional
    public void supprimer(UtilisateurConnecte agent, long id, int version, String ip) {
        verifierDroit(agent);
        OrganismeNonAgree avant = trouver(id).orElseThrow(() -> new ListeNonAgreesException(
                ListeNonAgreesException.CONFLIT));
        if (jdbc.sql("delete from organisme_non_agree where id = :id and version = :version").param("id", id)
                .param("version", version).update() != 1) {
            throw new ListeNonAgreesException(ListeNonAgreesException.CONFLIT);
        }
        auditer(TypeEvenementAudit.ORGANISME_NON_AGREE_SUPPRIME, agent, id, "avant : " + decrire(avant), ip);
    }

    /**
     * The "Organisme non agréé" alert of an organisme's déclarations: its SIRET, or its siège's for an établissement
     * secondaire, is in the list (its row's name, date and nature); else its agrément (its siège's) is past its end of
     * validity ("expiration", at that date).
     *
     * @param nom the organisme's name, for the expiry case
     */
    @Transactional(readOnly = true)
    public Optional<AlerteNonAgree> alerte(long organismeId, String nom) {
        Optional<Organisme> o = fiches.organisme(organismeId);
        if (o.isEmpty()) {
            return Optional.empty();
        }
        List<String> sirets = new ArrayList<>();
        sirets.add(o.get().siret());
        if (o.get().estEtablissementSecondaire()) {
            fiches.siegeDe(o.get().siren()).map(Organisme::siret).ifPresent(sirets::add);
        }
        Optional<AlerteNonAgree> listee = jdbc.sql("""
                select nom, date_decision, nature_decision from organisme_non_agree where siret in (:sirets)
                order by date_decision desc limit 1""").param("sirets", sirets.stream().filter(Objects::nonNull)
                .toList()).query((rs, n) -> new AlerteNonAgree(rs.getString("nom"),
                        rs.getObject("date_decision", LocalDate.class),
                        NatureDecision.deCode(rs.getString("nature_decision")).cle())).optional();
        if (listee.isPresent()) {
            return listee;
        }
        LocalDate aujourdhui = LocalDate.now(horloge);
        return agrements.situation(o.get()).agrement()
                .filter(a -> a.dateFinValidite() != null && a.dateFinValidite().isBefore(aujourdhui))
                .map(a -> new AlerteNonAgree(nom, a.dateFinValidite(), AlerteNonAgree.EXPIRATION));
    }
}
