package fr.vao.compte.organisateur;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.audit.EvenementAudit;
import fr.vao.audit.TypeEvenementAudit;
import fr.vao.notification.Courriel;
import fr.vao.notification.Courriels;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.territoire.Territoire;
import fr.vao.territoire.Territoires;

/**
 * "Validation des OVA" (spec §2.1 step 5, scenario 1; rules 12 and 13): a regional agent validates or refuses the
 * accounts of its region waiting for validation. Every check is made here, on the locked row: regional agent, same
 * region, account still waiting, version unchanged.
 */
@Service
public class ValidationsOva {

    public static final int TAILLE_PAGE = 20;
    public static final int EXPORT_MAX = 10_000;

    /** List filters (GET parameters). */
    public record Filtres(String nom, String email, String siret) {
    }

    public record Page(List<Organisateur> lignes, int total) {
    }

    /** Why an action was refused: the HTTP status and the message key to show. */
    public static class ActionRefusee extends RuntimeException {
        private final int statut;
        private final String cle;

        ActionRefusee(int statut, String cle) {
            super(cle);
            this.statut = statut;
            this.cle = cle;
        }

        public int statut() {
            return statut;
        }

        public String cle() {
            return cle;
        }
    }

    private static final Map<String, String> TRIS = Map.of("nom", "lower(nom), lower(prenom)", "email", "email",
            "siret", "siret", "date", "cree_le");

    private final JdbcClient jdbc;
    private final Organisateurs organisateurs;
    private final Territoires territoires;
    private final Courriels courriels;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    ValidationsOva(JdbcClient jdbc, Organisateurs organisateurs, Territoires territoires, Courriels courriels,
            ApplicationEventPublisher evenements, Clock horloge) {
        this.jdbc = jdbc;
        this.organisateurs = organisateurs;
        this.territoires = territoires;
        this.courriels = courriels;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    /** Whether this agent may use the page at all: regional agents only (rule 13). */
    public static boolean autorise(UtilisateurConnecte agent) {
        return agent != null && agent.estRegional();
    }

    public static boolean estTriConnu(String tri) {
        return tri != null && TRIS.containsKey(tri);
    }

    public Page lister(UtilisateurConnecte agent, Filtres f, String tri, boolean descendant, int page) {
        verifierAgent(agent);
        String where = clauseWhere(f);
        int total = parametres(jdbc.sql("select count(*) from organisateur " + where), agent, f)
                .query(Integer.class).single();
        List<Organisateur> lignes = parametres(jdbc.sql("select " + Organisateurs.COLONNES + " from organisateur "
                + where + " order by " + ordre(tri, descendant) + " limit :limite offset :decalage"), agent, f)
                .param("limite", TAILLE_PAGE).param("decalage", Math.max(0, page - 1) * TAILLE_PAGE)
                .query(Organisateur.class).list();
        return new Page(lignes, total);
    }

    public List<Organisateur> exporter(UtilisateurConnecte agent, Filtres f, String tri, boolean descendant) {
        verifierAgent(agent);
        return parametres(jdbc.sql("select " + Organisateurs.COLONNES + " from organisateur " + clauseWhere(f)
                + " order by " + ordre(tri, descendant) + " limit " + EXPORT_MAX), agent, f)
                .query(Organisateur.class).list();
    }

    /** A waiting account of the agent's region, empty otherwise (the page then answers 404). */
    public Optional<Organisateur> consulter(UtilisateurConnecte agent, long id) {
        verifierAgent(agent);
        return organisateurs.trouver(id).filter(o -> Organisateur.NEED_SIRET_VALIDATION.equals(o.statut()))
                .filter(o -> agent.territoireCode().equals(o.regionCode()));
    }

    @Transactional
    public void valider(UtilisateurConnecte agent, long id, int version) {
        Organisateur o = verrouillerPourTraitement(agent, id, version);
        traiter(agent, o, Organisateur.VALIDATED, null);
        courriels.envoyer(Courriel.a(o.email(), "organisateur-inscription-validee",
                "VAO - Inscription validée, prochaines étapes pour votre compte",
                Map.of("nom", o.nom(), "prenom", o.prenom())));
        evenements.publishEvent(new EvenementAudit(TypeEvenementAudit.COMPTE_VALIDE, horloge.instant(),
                acteur(agent), o.reference(), "Compte organisateur validé par la DREETS", null));
    }

    @Transactional
    public void refuser(UtilisateurConnecte agent, long id, int version, String motif) {
        String texte = motif == null ? "" : motif.strip();
        if (texte.length() < 5 || texte.length() > 1000) {
            throw new ActionRefusee(400, "validation-ova.motif.taille");
        }
        Organisateur o = verrouillerPourTraitement(agent, id, version);
        traiter(agent, o, Organisateur.BLOCKED, texte);
        String region = territoires.trouver(o.regionCode()).map(Territoire::libelle).orElse(o.regionCode());
        courriels.envoyer(Courriel.a(o.email(), "organisateur-inscription-refusee",
                "Refus d'inscription de votre organisme sur la plateforme VAO",
                Map.of("nom", o.nom(), "prenom", o.prenom(), "region", region, "motif", texte)));
        evenements.publishEvent(new EvenementAudit(TypeEvenementAudit.COMPTE_REFUSE, horloge.instant(),
                acteur(agent), o.reference(), "Compte organisateur refusé. Motif : " + texte, null));
    }

    private Organisateur verrouillerPourTraitement(UtilisateurConnecte agent, long id, int version) {
        verifierAgent(agent);
        Organisateur o = organisateurs.verrouiller(id)
                .orElseThrow(() -> new ActionRefusee(404, "validation-ova.introuvable"));
        if (!agent.territoireCode().equals(o.regionCode())) {
            throw new ActionRefusee(403, "validation-ova.autre-region");
        }
        if (!Organisateur.NEED_SIRET_VALIDATION.equals(o.statut())) {
            throw new ActionRefusee(409, "validation-ova.deja-traitee");
        }
        if (o.version() != version) {
            throw new ActionRefusee(409, "validation-ova.conflit");
        }
        return o;
    }

    private void traiter(UtilisateurConnecte agent, Organisateur o, String statut, String motif) {
        OffsetDateTime maintenant = OffsetDateTime.now(horloge);
        int n = jdbc.sql("""
                update organisateur set statut = :statut, motif_refus = :motif, traite_par_agent_id = :agent,
                       traite_le = :maintenant, modifie_le = :maintenant, version = version + 1
                where id = :id and version = :version and statut = 'NEED_SIRET_VALIDATION'""")
                .param("statut", statut).param("motif", motif).param("agent", agent.id())
                .param("maintenant", maintenant).param("id", o.id()).param("version", o.version()).update();
        if (n != 1) {
            throw new ActionRefusee(409, "validation-ova.conflit");
        }
    }

    private static void verifierAgent(UtilisateurConnecte agent) {
        if (!autorise(agent)) {
            throw new ActionRefusee(403, "validation-ova.reserve-region");
        }
    }

    private static String acteur(UtilisateurConnecte agent) {
        return "BO:" + agent.id() + " " + agent.email();
    }

    private static String clauseWhere(Filtres f) {
        StringBuilder where = new StringBuilder(
                "where statut = 'NEED_SIRET_VALIDATION' and region_code = :region");
        if (present(f.nom())) {
            where.append(" and (lower(nom) like :nom or lower(prenom) like :nom)");
        }
        if (present(f.email())) {
            where.append(" and email like :email");
        }
        if (present(f.siret())) {
            where.append(" and siret like :siret");
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec parametres(JdbcClient.StatementSpec spec, UtilisateurConnecte agent,
            Filtres f) {
        spec = spec.param("region", agent.territoireCode());
        if (present(f.nom())) {
            spec = spec.param("nom", "%" + echapper(f.nom().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (present(f.email())) {
            spec = spec.param("email", "%" + echapper(f.email().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (present(f.siret())) {
            spec = spec.param("siret", echapper(f.siret().replaceAll("\\s", "")) + "%");
        }
        return spec;
    }

    private static String ordre(String tri, boolean descendant) {
        String colonne = TRIS.getOrDefault(tri, "cree_le");
        String sens = descendant ? " desc" : " asc";
        return String.join(sens + ", ", colonne.split(", ")) + sens + ", id";
    }

    private static boolean present(String valeur) {
        return valeur != null && !valeur.isBlank();
    }

    private static String echapper(String valeur) {
        return valeur.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
