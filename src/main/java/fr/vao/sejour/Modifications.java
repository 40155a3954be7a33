package fr.vao.sejour;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed in the vacanciers or the staff of a registered stay (spec §2.8.6), field by field and person by
 * person, in French, for the history and the mail to the DDETS (D13).
 */
final class Modifications {

    private Modifications() {
    }

    static List<String> vacanciers(Vacanciers avant, Vacanciers apres) {
        List<String> m = new ArrayList<>();
        champ(m, "Femmes", avant, apres, Vacanciers::femmes);
        champ(m, "Hommes", avant, apres, Vacanciers::hommes);
        champ(m, "Effectif total", avant, apres, Vacanciers::total);
        champ(m, "Tranches d'âge", avant, apres, v -> String.join(", ", new java.util.TreeSet<>(v.tranchesAge())));
        champ(m, "Déficiences", avant, apres, v -> String.join(", ", new java.util.TreeSet<>(v.deficiences())));
        champ(m, "Précisions sur les déficiences", avant, apres, Vacanciers::precisionDeficiences);
        return m;
    }

    static List<String> personnel(PersonnelPrevu avant, PersonnelPrevu apres) {
        List<String> m = new ArrayList<>();
        champ(m, "Nombre d'accompagnants", avant, apres, PersonnelPrevu::nombreAccompagnants);
        champ(m, "Nombre de responsables d'encadrement", avant, apres, PersonnelPrevu::nombreResponsables);
        return m;
    }

    static List<String> equipe(Equipe avant, Equipe apres) {
        List<String> m = new ArrayList<>();
        personnes(m, "encadrant", avant.encadrants(), apres.encadrants());
        personnes(m, "accompagnant", avant.accompagnants(), apres.accompagnants());
        champ(m, "Formation", avant, apres, Equipe::formation);
        for (Prestataire p : apres.prestataires()) {
            if (!avant.prestataires().contains(p)) {
                m.add("Prestataire ajouté : " + p.designation());
            }
        }
        for (Prestataire p : avant.prestataires()) {
            if (!apres.prestataires().contains(p)) {
                m.add("Prestataire retiré : " + p.designation());
            }
        }
        return m;
    }

    private static void personnes(List<String> m, String role, List<Intervenant> avant, List<Intervenant> apres) {
        for (Intervenant p : apres) {
            if (!avant.contains(p)) {
                m.add("Personnel " + role + " ajouté : " + p.designation() + " (" + p.competence() + ")");
            }
        }
        for (Intervenant p : avant) {
            if (!apres.contains(p)) {
                m.add("Personnel " + role + " retiré : " + p.designation() + " (" + p.competence() + ")");
            }
        }
    }

    private static <T> void champ(List<String> m, String libelle, T avant, T apres, Function<T, Object> valeur) {
        Object a = valeur.apply(avant);
        Object b = valeur.apply(apres);
        if (!Objects.equals(a, b)) {
            m.add(libelle + " : " + (a == null ? "non renseigné" : a) + " → " + (b == null ? "non renseigné" : b));
        }
    }
}
