package fr.vao.document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * What a file really is, from its bytes (never from its name or the browser's content type), whether a PDF carries
 * active content, and a safe file name.
 */
final class AnalyseContenu {

    /** The accepted types, with the extension a stored name gets. */
    enum Type {
        PDF("application/pdf", "pdf"), PNG("image/png", "png"), JPEG("image/jpeg", "jpg");

        final String mime;
        final String extension;

        Type(String mime, String extension) {
            this.mime = mime;
            this.extension = extension;
        }
    }

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    /** PDF names that run code or act on opening (spec §2.11), compared after decoding #xx escapes. */
    private static final Set<String> NOMS_ACTIFS = Set.of("JavaScript", "JS", "OpenAction", "AA", "Launch");
    /** Inflated stream bytes examined at most, so that a compression bomb cannot exhaust the memory. */
    private static final int DECOMPRESSION_MAX = 50_000_000;
    private static final int NOM_MAX = 100;

    private AnalyseContenu() {
    }

    static Optional<Type> type(byte[] contenu) {
        if (commencePar(contenu, PDF)) {
            return Optional.of(Type.PDF);
        }
        if (commencePar(contenu, PNG)) {
            return Optional.of(Type.PNG);
        }
        if (commencePar(contenu, JPEG)) {
            return Optional.of(Type.JPEG);
        }
        return Optional.empty();
    }

    /**
     * Whether the PDF names JavaScript, an open action, additional actions or a launch action, in its plain parts or
     * inside its Flate-compressed streams (object streams hide dictionaries there).
     */
    static boolean pdfActif(byte[] pdf) {
        if (contientNomActif(pdf)) {
            return true;
        }
        int[] budget = {DECOMPRESSION_MAX};
        int debut = indexDe(pdf, "stream".getBytes(StandardCharsets.US_ASCII), 0);
        while (debut >= 0) {
            int donnees = debut + "stream".length();
            if (donnees < pdf.length && pdf[donnees] == '\r') {
                donnees++;
            }
            if (donnees < pdf.length && pdf[donnees] == '\n') {
                donnees++;
            }
            int fin = indexDe(pdf, "endstream".getBytes(StandardCharsets.US_ASCII), donnees);
            if (fin < 0) {
                break;
            }
            byte[] inflate = inflater(Arrays.copyOfRange(pdf, donnees, fin), budget);
            if (inflate.length > 0 && contientNomActif(inflate)) {
                return true;
            }
            if (budget[0] <= 0) {
                return true; // too much compressed content to check: refuse rather than let it through unread
            }
            debut = indexDe(pdf, "stream".getBytes(StandardCharsets.US_ASCII), fin + "endstream".length());
        }
        return false;
    }

    /**
     * A name safe on every file system and in a header: the last path segment, accents removed, other characters
     * replaced by "_", 100 characters at most, and the extension of the detected type.
     */
    static String nomNormalise(String original, Type type) {
        String nom = original == null ? "" : original;
        nom = nom.substring(Math.max(nom.lastIndexOf('/'), nom.lastIndexOf('\\')) + 1);
        int point = nom.lastIndexOf('.');
        String base = point > 0 ? nom.substring(0, point) : nom;
        base = Normalizer.normalize(base, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("_{2,}", "_").replaceAll("^[._-]+|[._-]+$", "");
        if (base.isEmpty()) {
            base = "document";
        }
        int max = NOM_MAX - type.extension.length() - 1;
        return (base.length() > max ? base.substring(0, max) : base) + "." + type.extension.toLowerCase(Locale.ROOT);
    }

    private static boolean contientNomActif(byte[] octets) {
        for (int i = 0; i < octets.length; i++) {
            if (octets[i] != '/') {
                continue;
            }
            StringBuilder nom = new StringBuilder();
            int j = i + 1;
            while (j < octets.length && !delimiteur(octets[j]) && nom.length() < 40) {
                if (octets[j] == '#' && j + 2 < octets.length) {
                    try {
                        nom.append((char) Integer.parseInt(new String(octets, j + 1, 2, StandardCharsets.US_ASCII), 16));
                        j += 3;
                        continue;
                    } catch (NumberFormatException e) {
                        // a lone '#' is an ordinary character of the name
                    }
                }
                nom.append((char) (octets[j] & 0xFF));
                j++;
            }
            if (NOMS_ACTIFS.contains(nom.toString())) {
                return true;
            }
        }
        return false;
    }

    private static boolean delimiteur(byte b) {
        return b <= ' ' || "()<>[]{}/%".indexOf(b) >= 0;
    }

    private static byte[] inflater(byte[] flux, int[] budget) {
        Inflater inflater = new Inflater();
        inflater.setInput(flux);
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        byte[] tampon = new byte[64 * 1024];
        try {
            while (!inflater.finished() && budget[0] > 0) {
                int n = inflater.inflate(tampon);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                sortie.write(tampon, 0, n);
                budget[0] -= n;
            }
        } catch (DataFormatException e) {
            // not a Flate stream (an image, another filter): nothing to read in it
        } finally {
            inflater.end();
        }
        return sortie.toByteArray();
    }

    private static boolean commencePar(byte[] contenu, byte[] prefixe) {
        return contenu.length >= prefixe.length && Arrays.equals(contenu, 0, prefixe.length, prefixe, 0, prefixe.length);
    }

    private static int indexDe(byte[] octets, byte[] motif, int depuis) {
        outer:
        for (int i = Math.max(0, depuis); i <= octets.length - motif.length; i++) {
            for (int k = 0; k < motif.length; k++) {
                if (octets[i + k] != motif[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
