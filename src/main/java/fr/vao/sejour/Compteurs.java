package fr.vao.sejour;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The counters of the home pages (spec §2.8.2 last paragraph, §2.8.9 dashboard cards): groups of statuses, each
 * counted from one grouped query (number of déclarations per status) and linking to the list filtered on them.
 */
public final class Compteurs {

    /** A counter: its label (message key), its number, and the statuses it covers. */
    public record Compteur(String cle, long nombre, List<Statut> statuts) {

        /** The list at {@code chemin} filtered on these statuses (GET parameters {@code statut}). */
        public String lien(String chemin) {
            return chemin + "?" + statuts.stream().map(s -> "statut=" + s.name()).collect(Collectors.joining("&"));
        }
    }

    private record Groupe(String cle, List<Statut> statuts) {
    }

    private static final List<Groupe> ORGANISATEUR = List.of(
            new Groupe("sejour.compteur.fo.brouillons", List.of(Statut.BROUILLON)),
            new Groupe("sejour.compteur.fo.a-completer",
                    List.of(Statut.A_MODIFIER, Statut.A_MODIFIER_8J, Statut.ATTENTE_8_JOURS)),
            new Groupe("sejour.compteur.fo.en-instruction",
                    List.of(Statut.TRANSMISE, Statut.TRANSMISE_8J, Statut.EN_COURS, Statut.EN_COURS_8J)),
            new Groupe("sejour.compteur.fo.finalisees", List.of(Statut.VALIDEE_8J)),
            new Groupe("sejour.compteur.fo.en-cours", List.of(Statut.SEJOUR_EN_COURS)),
            new Groupe("sejour.compteur.fo.terminees", List.of(Statut.TERMINEE)));

    private static final List<Groupe> AGENTS = List.of(
            new Groupe("sejour.compteur.bo.recues", List.of(Statut.TRANSMISE, Statut.EN_COURS)),
            new Groupe("sejour.compteur.bo.huit-jours", List.of(Statut.TRANSMISE_8J, Statut.EN_COURS_8J)),
            new Groupe("sejour.compteur.bo.attente-8j", List.of(Statut.ATTENTE_8_JOURS)),
            new Groupe("sejour.compteur.bo.finalisees", List.of(Statut.VALIDEE_8J)),
            new Groupe("sejour.compteur.bo.terminees", List.of(Statut.TERMINEE)),
            new Groupe("sejour.compteur.bo.non-finalisees",
                    List.of(Statut.ANNULEE, Statut.ABANDONNEE, Statut.REFUSEE, Statut.REFUSEE_8J)));

    private Compteurs() {
    }

    /** The organiser's six counters. */
    public static List<Compteur> organisateur(Map<Statut, Long> parStatut) {
        return compter(ORGANISATEUR, parStatut);
    }

    /** The agents' six dashboard cards. */
    public static List<Compteur> agents(Map<Statut, Long> parStatut) {
        return compter(AGENTS, parStatut);
    }

    private static List<Compteur> compter(List<Groupe> groupes, Map<Statut, Long> parStatut) {
        return groupes.stream().map(g -> new Compteur(g.cle(),
                g.statuts().stream().mapToLong(s -> parStatut.getOrDefault(s, 0L)).sum(), g.statuts())).toList();
    }
}
