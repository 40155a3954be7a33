package fr.vao.compte.agent;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.territoire.Territoire;
import fr.vao.territoire.Territoires;

/**
 * Who may see and manage which agent accounts (spec §1.3, §2.4, ADR 0005): the role {@code Compte}, and the target
 * inside the administrator's perimeter (national: all; region: itself and its départements; département: itself).
 */
@Component
public class PerimetreAgents {

    private final Territoires territoires;

    PerimetreAgents(Territoires territoires) {
        this.territoires = territoires;
    }

    /** Refuses (403) a user without the role {@code Compte}. */
    public void exigerCompte(UtilisateurConnecte u) {
        if (u == null || !u.aRole(RolesAgent.COMPTE)) {
            throw new AccessDeniedException("Rôle Compte requis");
        }
    }

    /** Refuses (403) a user without the role {@code Desactivation}. */
    public void exigerDesactivation(UtilisateurConnecte u) {
        if (u == null || !u.aRole(RolesAgent.DESACTIVATION)) {
            throw new AccessDeniedException("Rôle Desactivation requis");
        }
    }

    public boolean voit(UtilisateurConnecte u, String territoireAgent) {
        return territoires.contient(u.territoireCode(), territoireAgent);
    }

    /** The territories an administrator may give to an account (its perimeter). */
    public List<Territoire> territoiresAttribuables(UtilisateurConnecte u) {
        return territoires.dansPerimetre(u.territoireCode());
    }

    /** The territory codes of the perimeter, or null for a national administrator (no restriction). */
    public List<String> codesVisibles(UtilisateurConnecte u) {
        return territoires.trouver(u.territoireCode()).filter(Territoire::estNational).isPresent() ? null
                : territoiresAttribuables(u).stream().map(Territoire::code).toList();
    }

    /** Refuses (403, spec message) a target territory outside the administrator's perimeter. */
    public void exigerAttribuable(UtilisateurConnecte u, String territoireCible) {
        if (!territoires.contient(u.territoireCode(), territoireCible)) {
            throw new HorsTerritoireException();
        }
    }
}
