package fr.vao.document.antivirus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The clamd adapter against a server that parses the real INSTREAM protocol. */
class AntivirusClamdTest {

    @Test
    void unFichierSainPasseEtArriveEntierEnPlusieursMorceaux() throws Exception {
        try (ClamdDeTest clamd = new ClamdDeTest(10_000_000)) {
            byte[] gros = new byte[200_000]; // more than three 64 KB chunks
            gros[0] = '%';
            Antivirus.Resultat r = new AntivirusClamd("127.0.0.1", clamd.port(), Duration.ofSeconds(5))
                    .analyser("a.pdf", gros);
            assertThat(r).isInstanceOf(Antivirus.Resultat.Sain.class);
            assertThat(clamd.derniereCommande).isEqualTo("zINSTREAM");
            assertThat(clamd.derniereTaille).isEqualTo(200_000);
        }
    }

    @Test
    void lAntivirusDetecteEicar() throws Exception {
        try (ClamdDeTest clamd = new ClamdDeTest(10_000_000)) {
            Antivirus.Resultat r = new AntivirusClamd("127.0.0.1", clamd.port(), Duration.ofSeconds(5))
                    .analyser("eicar.pdf", ("%PDF-1.4\n" + ClamdDeTest.EICAR).getBytes(StandardCharsets.US_ASCII));
            assertThat(r).isEqualTo(new Antivirus.Resultat.Infecte(java.util.List.of("Eicar-Test-Signature")));
        }
    }

    @Test
    void uneErreurDeClamdRendLAntivirusIndisponible() throws Exception {
        try (ClamdDeTest clamd = new ClamdDeTest(1_000)) {
            Antivirus.Resultat r = new AntivirusClamd("127.0.0.1", clamd.port(), Duration.ofSeconds(5))
                    .analyser("gros.pdf", new byte[5_000]);
            assertThat(r).isInstanceOf(Antivirus.Resultat.Indisponible.class);
            assertThat(((Antivirus.Resultat.Indisponible) r).raison()).contains("size limit exceeded");
        }
    }

    @Test
    void unServeurQuiNeRepondPasRendLAntivirusIndisponibleApresLeDelai() throws Exception {
        // A listening socket that never accepts: the kernel completes the connection, nobody ever answers.
        // (A closed ephemeral port is not a reliable "stopped server": another process may take it meanwhile.)
        try (ServerSocket muet = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Antivirus.Resultat r = new AntivirusClamd("127.0.0.1", muet.getLocalPort(), Duration.ofMillis(300))
                    .analyser("a.pdf", new byte[] {'%'});
            assertThat(r).isInstanceOf(Antivirus.Resultat.Indisponible.class);
            assertThat(((Antivirus.Resultat.Indisponible) r).raison()).contains("SocketTimeoutException");
        }
    }
}
