package fr.vao.plateforme.taches;

import java.util.ArrayList;
import java.util.List;

/** What a job run did: items processed, mails queued, errors (with their messages). */
public class RapportTache {

    private int traites;
    private int courriels;
    private final List<String> erreurs = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public void traite() {
        traites++;
    }

    public void courriel() {
        courriels++;
    }

    public void erreur(String message) {
        erreurs.add(message);
    }

    public void note(String message) {
        notes.add(message);
    }

    public int traites() {
        return traites;
    }

    public int courriels() {
        return courriels;
    }

    public List<String> erreurs() {
        return List.copyOf(erreurs);
    }

    public String texte() {
        StringBuilder texte = new StringBuilder();
        notes.forEach(n -> texte.append(n).append('\n'));
        erreurs.forEach(e -> texte.append("Erreur : ").append(e).append('\n'));
        return texte.toString();
    }
}
