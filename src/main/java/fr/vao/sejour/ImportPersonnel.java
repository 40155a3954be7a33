package fr.vao.sejour;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Staff lists as rows of a spreadsheet (spec §2.8.5): pasted from it (tab separated) or imported from a CSV file
 * ({@code ;} separated), one person per line:
 * {@code nom;prénom;date de naissance JJ/MM/AAAA;compétences;fonctions séparées par des virgules;téléphone}. A header
 * line is skipped. Every line is checked; the import is all or nothing, so that a list is never half imported.
 */
public final class ImportPersonnel {

    /** The columns, as in the template and the export. */
    public static final List<String> ENTETES = List.of("nom", "prenom", "date_naissance", "competences", "fonctions",
            "telephone");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    /** The functions as written in the files, by code. */
    public static final Map<String, String> LIBELLES_FONCTIONS = libelles();
    static final int LIGNES_MAX = 500;

    /** A rejected line: its number in the text, what it said, and why it was rejected. */
    public record LigneRejetee(int numero, String texte, List<Erreurs.Erreur> erreurs) {
    }

    public record Resultat(List<Intervenant> personnes, List<LigneRejetee> rejets) {

        public boolean accepte() {
            return rejets.isEmpty() && !personnes.isEmpty();
        }
    }

    private ImportPersonnel() {
    }

    private static Map<String, String> libelles() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("medicaments", "distribution des médicaments");
        m.put("transport", "transport des vacanciers");
        m.put("restauration", "restauration");
        m.put("entretien", "entretien des locaux");
        m.put("activites", "activités spécifiques");
        m.put("autre", "autre");
        return m;
    }

    /**
     * Reads the rows.
     *
     * @param attestation the organiser certified, for every imported person, the bulletin n°3 check
     */
    public static Resultat lire(String texte, boolean attestation, LocalDate aujourdhui) {
        List<Intervenant> personnes = new ArrayList<>();
        List<LigneRejetee> rejets = new ArrayList<>();
        String[] lignes = (texte == null ? "" : texte.replace("\uFEFF", "")).split("\\r?\\n|\\r");
        if (lignes.length > LIGNES_MAX) {
            rejets.add(new LigneRejetee(0, "", List.of(new Erreurs.Erreur("lignes", "sejour.import.trop-de-lignes"))));
            return new Resultat(List.of(), rejets);
        }
        for (int i = 0; i < lignes.length; i++) {
            String ligne = lignes[i];
            if (ligne.isBlank() || i == 0 && ligne.strip().toLowerCase(Locale.ROOT).startsWith("nom")) {
                continue;
            }
            List<String> cellules = cellules(ligne);
            Erreurs e = new Erreurs();
            if (cellules.size() < ENTETES.size()) {
                e.ajouter("colonnes", "sejour.import.colonnes");
                rejets.add(new LigneRejetee(i + 1, ligne, e.liste()));
                continue;
            }
            LocalDate naissance = null;
            try {
                naissance = cellules.get(2).isBlank() ? null : LocalDate.parse(cellules.get(2).strip(), DATE);
            } catch (DateTimeParseException x) {
                e.ajouter("dateNaissance", "sejour.import.date");
            }
            Set<String> fonctions = new LinkedHashSet<>();
            for (String f : cellules.get(4).split(",")) {
                if (!f.isBlank()) {
                    fonctions.add(fonction(f.strip()));
                }
            }
            Intervenant p = new Intervenant(net(cellules.get(0)), net(cellules.get(1)), naissance,
                    net(cellules.get(3)), fonctions, net(cellules.get(5)), attestation);
            if (!e.sur("dateNaissance")) {
                e.ajouterTout(p.erreurs(aujourdhui));
            } else {
                p.erreurs(aujourdhui).liste().stream().filter(x -> !x.champ().equals("dateNaissance"))
                        .forEach(x -> e.ajouter(x.champ(), x.cle()));
            }
            if (e.aucune()) {
                personnes.add(p);
            } else {
                rejets.add(new LigneRejetee(i + 1, ligne, e.liste()));
            }
        }
        return new Resultat(personnes, rejets);
    }

    /** One row of the export (and of a file the import reads back). */
    public static List<String> ligne(Intervenant p) {
        List<String> fonctions = LIBELLES_FONCTIONS.entrySet().stream().filter(f -> p.fonctions().contains(f.getKey()))
                .map(Map.Entry::getValue).toList();
        return List.of(p.nom(), p.prenom(), p.dateNaissance() == null ? "" : DATE.format(p.dateNaissance()),
                p.competence() == null ? "" : p.competence(), String.join(", ", fonctions),
                p.telephone() == null ? "" : p.telephone());
    }

    private static String fonction(String texte) {
        String t = texte.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> f : LIBELLES_FONCTIONS.entrySet()) {
            if (f.getKey().equals(t) || f.getValue().equals(t)) {
                return f.getKey();
            }
        }
        return t;
    }

    private static List<String> cellules(String ligne) {
        char separateur = ligne.indexOf('\t') >= 0 ? '\t' : ';';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separateur).setTrim(true).get();
        try (var parser = format.parse(new StringReader(ligne))) {
            List<CSVRecord> enregistrements = parser.getRecords();
            return enregistrements.isEmpty() ? List.of() : enregistrements.get(0).toList();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return List.of(ligne.split(separateur == '\t' ? "\t" : ";", -1));
        }
    }

    private static String net(String valeur) {
        return valeur == null || valeur.isBlank() ? null : valeur.strip();
    }
}
