package fr.vao.plateforme.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV exports of lists (spec §2.13): {@code ;} separator, fields quoted when needed, UTF-8 with a byte order mark so
 * that spreadsheet software reads the accents.
 */
public final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .get();

    private Csv() {
    }

    /** A text cell, with spreadsheet formulas neutralised (CSV injection: a leading =, +, -, @, tab or CR). */
    public static String cellule(String valeur) {
        if (valeur == null) {
            return "";
        }
        return !valeur.isEmpty() && "=+-@\t\r".indexOf(valeur.charAt(0)) >= 0 ? "'" + valeur : valeur;
    }

    public static void ecrire(HttpServletResponse response, String nomFichier, List<String> entetes,
            Stream<List<?>> lignes) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + nomFichier + "\"");
        Writer sortie = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        sortie.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(sortie, FORMAT)) {
            csv.printRecord(entetes);
            lignes.forEach(l -> {
                try {
                    csv.printRecord(l);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
