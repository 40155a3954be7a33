package fr.vao.organisme;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.compte.ActionCompteRefusee;
import fr.vao.compte.ComptesOrganisateurs;
import fr.vao.compte.ComptesOrganisateurs.CompteOrganisateur;
import fr.vao.compte.RolesOrganisateurs;
import fr.vao.compte.StatutsOrganisateurs;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * The users of an organisme ("Utilisateurs", spec §2.1 step 5 scenario 2, §2.3, §1.1, rules 14 and 15). Every action
 * is authorised here, per object, from the rows the acting user may see: an account that is not one of them is
 * answered 404.
 * <ul>
 * <li>validate or refuse: a VALIDATED member, for a request of the organisme's SIRET, or of a SIRET of its SIREN when
 * the organisme is the siège social;</li>
 * <li>deactivate or reactivate: a VALIDATED member, for another member of the same organisme (the accounts of the
 * établissements secondaires are read-only for the siège), never the last validated member;</li>
 * <li>EIG roles: a VALIDATED member holding Eig_Ecriture, for another member of the same organisme or of one of its
 * établissements secondaires.</li>
 * </ul>
 */
@Service
public class Collegues {

    /** What a row shows and which actions the acting user may take on it. */
    public record Ligne(CompteOrganisateur compte, String siretOrganisme, boolean membre, boolean etablissementSecondaire,
            Set<String> roles, boolean peutTraiter, boolean peutDesactiver, boolean peutReactiver,
            boolean peutGererRoles) {

        public boolean enAttente() {
            return "NEED_SIRET_VALIDATION".equals(compte.statut());
        }
    }

    /** The page: the organisme, its rows (own members first), whether the user may change anything at all. */
    public record Page(Organisme organisme, List<Ligne> lignes, boolean valide, boolean gereRoles) {
    }

    private final Organismes organismes;
    private final ComptesOrganisateurs comptes;
    private final StatutsOrganisateurs statuts;
    private final RolesOrganisateurs roles;
    private final Clock horloge;

    Collegues(Organismes organismes, ComptesOrganisateurs comptes, StatutsOrganisateurs statuts,
            RolesOrganisateurs roles, Clock horloge) {
        this.organismes = organismes;
        this.comptes = comptes;
        this.statuts = statuts;
        this.roles = roles;
        this.horloge = horloge;
    }

    /** Empty when the user has no organisme yet (step 1 of the fiche not saved). */
    @Transactional(readOnly = true)
    public Optional<Page> page(UtilisateurConnecte u) {
        return organismes.duMembre(u.id()).map(o -> page(u, o));
    }

    private Page page(UtilisateurConnecte u, Organisme o) {
        boolean valide = comptes.trouver(u.id()).map(c -> "VALIDATED".equals(c.statut())).orElse(false);
        boolean ecriture = valide && roles.de(u.id()).contains(RolesOrganisateurs.EIG_ECRITURE);
        List<Ligne> lignes = new ArrayList<>();
        List<CompteOrganisateur> membres = comptes.parIds(organismes.membres(o.id()));
        List<CompteOrganisateur> demandes = new ArrayList<>(comptes.enAttente(o.estSiege() ? o.siren() : o.siret()));
        List<Long> ids = new ArrayList<>(membres.stream().map(CompteOrganisateur::id).toList());
        List<Organisme> etablissements = o.estSiege() ? organismes.parSiren(o.siren()).stream()
                .filter(Organisme::estEtablissementSecondaire).toList() : List.of();
        Map<Long, Set<String>> rolesParCompte;
        List<Object[]> autres = new ArrayList<>();
        for (Organisme e : etablissements) {
            for (CompteOrganisateur c : comptes.parIds(organismes.membres(e.id()))) {
                autres.add(new Object[] {c, e.siret()});
                ids.add(c.id());
            }
        }
        rolesParCompte = roles.de(ids);
        for (CompteOrganisateur m : membres) {
            boolean autre = m.id() != u.id();
            lignes.add(new Ligne(m, o.siret(), true, false, rolesParCompte.getOrDefault(m.id(), Set.of()), false,
                    valide && autre && ("VALIDATED".equals(m.statut()) || "TEMPORARY_BLOCKED".equals(m.statut())),
                    valide && autre && "BLOCKED".equals(m.statut()), ecriture && autre));
        }
        for (CompteOrganisateur d : demandes) {
            lignes.add(new Ligne(d, d.siret(), false, !d.siret().equals(o.siret()), Set.of(), valide, false, false,
                    false));
        }
        for (Object[] a : autres) {
            CompteOrganisateur c = (CompteOrganisateur) a[0];
            lignes.add(new Ligne(c, (String) a[1], true, true, rolesParCompte.getOrDefault(c.id(), Set.of()), false,
                    false, false, ecriture));
        }
        return new Page(o, lignes, valide, ecriture);
    }

    /** The row of this account as the user sees it; 404 when it is not one of the user's colleagues. */
    @Transactional(readOnly = true)
    public Ligne ligne(UtilisateurConnecte u, long id) {
        Organisme o = organismes.duMembre(u.id())
                .orElseThrow(() -> new ActionCompteRefusee(404, "organisme.utilisateurs.introuvable"));
        return ligne(page(u, o), id);
    }

    private static Ligne ligne(Page page, long id) {
        return page.lignes().stream().filter(l -> l.compte().id() == id).findFirst()
                .orElseThrow(() -> new ActionCompteRefusee(404, "organisme.utilisateurs.introuvable"));
    }

    /** The row acted upon, and the page it was read from. */
    private record Cible(Page page, Ligne ligne) {
    }

    /** Locks the user's organisme, then reads the row: two colleagues acting at once are serialised. */
    private Cible verrouiller(UtilisateurConnecte u, long id) {
        Organisme o = organismes.duMembre(u.id())
                .orElseThrow(() -> new ActionCompteRefusee(404, "organisme.utilisateurs.introuvable"));
        Organisme verrouille = organismes.verrouiller(o.id())
                .orElseThrow(() -> new ActionCompteRefusee(404, "organisme.utilisateurs.introuvable"));
        Page page = page(u, verrouille);
        return new Cible(page, ligne(page, id));
    }

    @Transactional
    public void valider(UtilisateurConnecte u, long id) {
        Ligne l = exigerTraitement(u, id);
        statuts.valider(u, id);
        // the new user joins the organisme of its SIRET when it exists (else at its first save of the fiche)
        organismes.parSiret(l.compte().siret())
                .ifPresent(o -> organismes.rattacherSiAbsent(id, o.id(), OffsetDateTime.now(horloge)));
    }

    @Transactional
    public void refuser(UtilisateurConnecte u, long id, String motif) {
        exigerTraitement(u, id);
        statuts.refuser(u, id, motif);
    }

    private Ligne exigerTraitement(UtilisateurConnecte u, long id) {
        Cible c = verrouiller(u, id);
        exigerValide(c);
        if (!c.ligne().enAttente()) {
            throw new ActionCompteRefusee(409, "compte.collegue.deja-traitee");
        }
        return c.ligne();
    }

    private static void exigerValide(Cible c) {
        if (!c.page().valide()) {
            throw new ActionCompteRefusee(403, "compte.collegue.acteur-non-valide");
        }
    }

    /** Rows of the établissements secondaires are read-only; one's own status cannot be changed. */
    private static void exigerCollegue(UtilisateurConnecte u, Ligne l) {
        if (!l.membre() || l.etablissementSecondaire()) {
            throw new ActionCompteRefusee(403, "organisme.utilisateurs.action-impossible");
        }
        if (l.compte().id() == u.id()) {
            throw new ActionCompteRefusee(403, "compte.collegue.soi-meme");
        }
    }

    @Transactional
    public void desactiver(UtilisateurConnecte u, long id) {
        Cible c = verrouiller(u, id);
        exigerValide(c);
        Ligne l = c.ligne();
        // rule 15, checked first so that the last user trying to leave is told why
        long valides = c.page().lignes().stream()
                .filter(x -> x.membre() && !x.etablissementSecondaire() && "VALIDATED".equals(x.compte().statut()))
                .count();
        if (l.membre() && !l.etablissementSecondaire() && "VALIDATED".equals(l.compte().statut()) && valides <= 1) {
            throw new ActionCompteRefusee(409, "organisme.utilisateurs.dernier-valide");
        }
        exigerCollegue(u, l);
        if (!l.peutDesactiver()) {
            throw new ActionCompteRefusee(409, "compte.collegue.deja-desactive");
        }
        statuts.desactiver(u, id);
    }

    @Transactional
    public void reactiver(UtilisateurConnecte u, long id) {
        Cible c = verrouiller(u, id);
        exigerValide(c);
        exigerCollegue(u, c.ligne());
        if (!c.ligne().peutReactiver()) {
            throw new ActionCompteRefusee(409, "compte.collegue.deja-actif");
        }
        statuts.reactiver(u, id);
    }

    /** Replaces the EIG roles of a colleague: only a validated holder of Eig_Ecriture may (spec §1.1). */
    @Transactional
    public void modifierRoles(UtilisateurConnecte u, long id, Set<String> nouveaux) {
        Ligne l = verrouiller(u, id).ligne();
        if (!l.peutGererRoles()) {
            throw new ActionCompteRefusee(403, "organisme.utilisateurs.roles-interdits");
        }
        roles.remplacer(u, id, nouveaux == null ? Set.of() : nouveaux);
    }
}
