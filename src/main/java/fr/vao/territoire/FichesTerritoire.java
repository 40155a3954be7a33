package fr.vao.territoire;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.audit.EvenementAudit;
import fr.vao.audit.TypeEvenementAudit;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * The fiches territoire: list, read, and update by the agents allowed to (spec §1.3: national, the territory itself,
 * or its parent region; ADR 0005).
 */
@Service
public class FichesTerritoire {

    /** Sort keys of the list and their SQL. */
    public static final Map<String, String> TRIS = Map.of(
            "code", "t.code %s",
            "libelle", "t.libelle %s",
            "niveau", "case t.niveau when 'NAT' then 0 when 'REG' then 1 else 2 end %s, t.code %s",
            "parent", "p.libelle %s nulls first, t.code %s");

    /** What an agent enters on a fiche (blank values are stored as null). */
    public record Donnees(String serviceEmail, String serviceTelephone, String correspondantNom,
            String correspondantPrenom) {
    }

    private final JdbcClient jdbc;
    private final Territoires territoires;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    FichesTerritoire(JdbcClient jdbc, Territoires territoires, ApplicationEventPublisher evenements, Clock horloge) {
        this.jdbc = jdbc;
        this.territoires = territoires;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    public Optional<FicheTerritoire> trouver(String code) {
        if (code == null || territoires.trouver(code).isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select territoire_code, service_email, service_telephone, correspondant_nom, correspondant_prenom,
                       modifie_le, version
                from fiche_territoire where territoire_code = :code""").param("code", code)
                .query(FicheTerritoire.class).optional();
    }

    /** §1.3: an agent may edit the fiche of its territory, of its region's départements, or any if national. */
    public boolean peutModifier(UtilisateurConnecte agent, String code) {
        return agent != null && territoires.contient(agent.territoireCode(), code);
    }

    /**
     * The territories matching a text (code or label, accent- and case-insensitive contains) and a level.
     *
     * @param tri a key of {@link #TRIS} (anything else sorts by code)
     */
    public List<LigneTerritoire> rechercher(String texte, String niveau, String tri, boolean descendant) {
        Map<String, Object> params = new HashMap<>();
        List<String> c = new ArrayList<>();
        c.add("true");
        if (texte != null && !texte.isBlank()) {
            c.add("(lower(t.code) like :texte escape '\\' or lower(t.libelle) like :texte escape '\\')");
            params.put("texte", "%" + texte.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if ("NAT".equals(niveau) || "REG".equals(niveau) || "DEP".equals(niveau)) {
            c.add("t.niveau = :niveau");
            params.put("niveau", niveau);
        }
        String ordre = TRIS.getOrDefault(tri == null ? "code" : tri, TRIS.get("code")).replace("%s", descendant ? "desc" : "asc");
        return jdbc.sql("""
                select t.code, t.libelle, t.niveau, t.parent_code, p.libelle as parent_libelle,
                       f.service_email, f.service_telephone, f.correspondant_nom, f.correspondant_prenom
                from territoire t
                left join territoire p on p.code = t.parent_code
                left join fiche_territoire f on f.territoire_code = t.code
                """ + " where " + String.join(" and ", c) + " order by " + ordre + ", t.code")
                .params(params).query(LigneTerritoire.class).list();
    }

    /** Updates a fiche: 403 when not allowed, {@link FicheModifieeException} on a stale version; audited. */
    @Transactional
    public void modifier(UtilisateurConnecte agent, String code, int version, Donnees d, String ip) {
        if (!peutModifier(agent, code)) {
            throw new AccessDeniedException("Fiche territoire hors périmètre");
        }
        FicheTerritoire avant = trouver(code).orElseThrow(() -> new AccessDeniedException("Territoire inconnu"));
        Donnees n = new Donnees(vide(d.serviceEmail() == null ? null : d.serviceEmail().toLowerCase(Locale.ROOT)),
                vide(d.serviceTelephone()), vide(d.correspondantNom()), vide(d.correspondantPrenom()));
        int lignes = jdbc.sql("""
                update fiche_territoire set service_email = :email, service_telephone = :tel,
                       correspondant_nom = :nom, correspondant_prenom = :prenom, modifie_le = :maintenant,
                       modifie_par_agent_id = :agent, version = version + 1
                where territoire_code = :code and version = :version""")
                .param("email", n.serviceEmail()).param("tel", n.serviceTelephone())
                .param("nom", n.correspondantNom()).param("prenom", n.correspondantPrenom())
                .param("maintenant", OffsetDateTime.now(horloge)).param("agent", agent.id())
                .param("code", code).param("version", version).update();
        if (lignes != 1) {
            throw new FicheModifieeException();
        }
        List<String> changements = new ArrayList<>();
        changer(changements, "courriel", avant.serviceEmail(), n.serviceEmail());
        changer(changements, "téléphone", avant.serviceTelephone(), n.serviceTelephone());
        changer(changements, "correspondant nom", avant.correspondantNom(), n.correspondantNom());
        changer(changements, "correspondant prénom", avant.correspondantPrenom(), n.correspondantPrenom());
        evenements.publishEvent(new EvenementAudit(TypeEvenementAudit.FICHE_TERRITOIRE_MODIFIEE, horloge.instant(),
                "BO:" + agent.id() + " " + agent.email(), "TERRITOIRE:" + code,
                changements.isEmpty() ? "aucun changement" : String.join("; ", changements), ip));
    }

    private static void changer(List<String> changements, String champ, String avant, String apres) {
        if (!Objects.equals(avant, apres)) {
            changements.add(champ + " : " + (avant == null ? "(vide)" : avant) + " → "
                    + (apres == null ? "(vide)" : apres));
        }
    }

    private static String vide(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
