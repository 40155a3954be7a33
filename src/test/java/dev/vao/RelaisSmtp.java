package dev.vao;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A TCP relay in front of the test's SMTP server, one per JVM of {@link DeuxReplicasIT}: it forwards every connection,
 * or, when told to refuse, closes each new connection at once (an SMTP outage seen by that JVM only).
 */
final class RelaisSmtp implements AutoCloseable {

    private final ServerSocket ecoute;
    private final int cible;
    private volatile boolean refuser;

    RelaisSmtp(int cible) throws IOException {
        this.cible = cible;
        this.ecoute = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accueil = new Thread(this::accueillir, "relais-smtp-" + ecoute.getLocalPort());
        accueil.setDaemon(true);
        accueil.start();
    }

    int port() {
        return ecoute.getLocalPort();
    }

    void refuser(boolean refuser) {
        this.refuser = refuser;
    }

    private void accueillir() {
        while (!ecoute.isClosed()) {
            try {
                Socket client = ecoute.accept();
                if (refuser) {
                    client.close();
                    continue;
                }
                Socket serveur = new Socket(InetAddress.getLoopbackAddress(), cible);
                copier(client, serveur);
                copier(serveur, client);
            } catch (IOException e) {
                if (!ecoute.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** Copies one direction in its own thread; the end of either side closes both. */
    private static void copier(Socket de, Socket vers) {
        Thread t = new Thread(() -> {
            try (InputStream entree = de.getInputStream(); OutputStream sortie = vers.getOutputStream()) {
                entree.transferTo(sortie);
            } catch (IOException e) {
                // the other direction closed the sockets
            } finally {
                fermer(de);
                fermer(vers);
            }
        }, "relais-smtp-copie");
        t.setDaemon(true);
        t.start();
    }

    private static void fermer(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        try {
            ecoute.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
