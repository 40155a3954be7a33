package fr.vao.document.antivirus;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A test server speaking clamd's INSTREAM protocol as clamd does: reads the {@code zINSTREAM\0} command and the
 * length-prefixed chunks up to the zero length, refuses a stream over its size limit, and answers with the EICAR
 * signature when the stream contains the EICAR test string.
 */
final class ClamdDeTest implements AutoCloseable {

    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    private final ServerSocket serveur;
    private final Thread boucle;
    private final int limite;
    volatile String derniereCommande;
    volatile int derniereTaille;

    ClamdDeTest(int limite) throws IOException {
        this.limite = limite;
        this.serveur = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        this.boucle = new Thread(this::servir, "clamd-de-test");
        boucle.setDaemon(true);
        boucle.start();
    }

    int port() {
        return serveur.getLocalPort();
    }

    private void servir() {
        while (!serveur.isClosed()) {
            try (Socket client = serveur.accept()) {
                DataInputStream entree = new DataInputStream(client.getInputStream());
                OutputStream sortie = client.getOutputStream();
                ByteArrayOutputStream commande = new ByteArrayOutputStream();
                int b;
                while ((b = entree.read()) > 0) {
                    commande.write(b);
                }
                derniereCommande = commande.toString(StandardCharsets.US_ASCII);
                if (!"zINSTREAM".equals(derniereCommande)) {
                    sortie.write("UNKNOWN COMMAND\0".getBytes(StandardCharsets.US_ASCII));
                    continue;
                }
                ByteArrayOutputStream flux = new ByteArrayOutputStream();
                int longueur;
                while ((longueur = entree.readInt()) > 0) {
                    if (flux.size() + longueur > limite) {
                        sortie.write("INSTREAM size limit exceeded. ERROR\0".getBytes(StandardCharsets.US_ASCII));
                        sortie.flush();
                        entree.readNBytes(longueur); // drained, so that closing does not reset the connection
                        while ((longueur = entree.readInt()) > 0) {
                            entree.readNBytes(longueur);
                        }
                        longueur = -1;
                        break;
                    }
                    flux.write(entree.readNBytes(longueur));
                }
                derniereTaille = flux.size();
                if (longueur == 0) {
                    boolean eicar = flux.toString(StandardCharsets.ISO_8859_1).contains(EICAR);
                    sortie.write((eicar ? "stream: Eicar-Test-Signature FOUND\0" : "stream: OK\0")
                            .getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException e) {
                // connection closed by the client or server stopped
            }
        }
    }

    @Override
    public void close() throws IOException {
        serveur.close();
    }
}
