package fr.vao.document.antivirus;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * clamd over TCP with the INSTREAM command: {@code zINSTREAM\0}, then chunks each preceded by its length on 4 bytes
 * (big-endian), a zero length to end; clamd answers {@code stream: OK}, {@code stream: <name> FOUND} or an error.
 */
class AntivirusClamd implements Antivirus {

    private static final int MORCEAU = 64 * 1024;

    private final String hote;
    private final int port;
    private final Duration delai;

    AntivirusClamd(String hote, int port, Duration delai) {
        this.hote = hote;
        this.port = port;
        this.delai = delai;
    }

    @Override
    public Resultat analyser(String nom, byte[] contenu) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(hote, port), 2000);
            socket.setSoTimeout((int) delai.toMillis());
            DataOutputStream sortie = new DataOutputStream(socket.getOutputStream());
            sortie.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int debut = 0; debut < contenu.length; debut += MORCEAU) {
                int longueur = Math.min(MORCEAU, contenu.length - debut);
                sortie.writeInt(longueur);
                sortie.write(contenu, debut, longueur);
            }
            sortie.writeInt(0);
            sortie.flush();
            return interpreter(lire(socket.getInputStream()));
        } catch (IOException e) {
            return new Resultat.Indisponible(e.getClass().getSimpleName() + " : " + e.getMessage());
        }
    }

    static Resultat interpreter(String reponse) {
        String r = reponse.strip();
        if (r.endsWith("FOUND")) {
            String signature = r.substring(r.indexOf(':') + 1, r.length() - "FOUND".length()).strip();
            return new Resultat.Infecte(List.of(signature));
        }
        if (r.endsWith(": OK")) {
            return new Resultat.Sain();
        }
        return new Resultat.Indisponible("clamd : " + r);
    }

    private static String lire(InputStream entree) throws IOException {
        ByteArrayOutputStream reponse = new ByteArrayOutputStream();
        int b;
        while ((b = entree.read()) > 0 && reponse.size() < 4096) {
            reponse.write(b);
        }
        return reponse.toString(StandardCharsets.UTF_8);
    }

    @Override
    public String description() {
        return "clamd " + hote + ":" + port;
    }
}
