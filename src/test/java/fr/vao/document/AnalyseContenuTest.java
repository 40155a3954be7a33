package fr.vao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;

class AnalyseContenuTest {

    static final byte[] PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII);

    @Test
    void leTypeEstReconnuDApresLeContenu() {
        assertThat(AnalyseContenu.type(PDF)).contains(AnalyseContenu.Type.PDF);
        assertThat(AnalyseContenu.type(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}))
                .contains(AnalyseContenu.Type.PNG);
        assertThat(AnalyseContenu.type(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(AnalyseContenu.Type.JPEG);
        assertThat(AnalyseContenu.type("MZ\u0090 un exécutable".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(AnalyseContenu.type("<html><script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AnalyseContenu.type(new byte[0])).isEmpty();
    }

    @Test
    void unPdfOrdinaireNEstPasActif() {
        assertThat(AnalyseContenu.pdfActif(PDF)).isFalse();
        // names that merely start like an active one are not active
        assertThat(AnalyseContenu.pdfActif(pdf("<< /JSON (x) /AAPL:Keywords [] /OpenActions 1 >>"))).isFalse();
    }

    @Test
    void leJavaScriptEtLesActionsAutomatiquesSontDetectes() {
        assertThat(AnalyseContenu.pdfActif(pdf("<< /S /JavaScript /JS (app.alert(1)) >>"))).isTrue();
        assertThat(AnalyseContenu.pdfActif(pdf("<< /OpenAction 3 0 R >>"))).isTrue();
        assertThat(AnalyseContenu.pdfActif(pdf("<< /AA << /O 4 0 R >> >>"))).isTrue();
        assertThat(AnalyseContenu.pdfActif(pdf("<< /S /Launch /F (cmd.exe) >>"))).isTrue();
        // a name written with #xx escapes is the same name
        assertThat(AnalyseContenu.pdfActif(pdf("<< /S /J#61vaScript >>"))).isTrue();
    }

    @Test
    void leJavaScriptCacheDansUnFluxCompresseEstDetecte() {
        byte[] cache = deflate("<< /Type /Action /S /JavaScript /JS (app.alert(1)) >>");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes("%PDF-1.5\n5 0 obj << /Type /ObjStm /Filter /FlateDecode /Length ".getBytes(StandardCharsets.US_ASCII));
        pdf.writeBytes((cache.length + " >>\nstream\n").getBytes(StandardCharsets.US_ASCII));
        pdf.writeBytes(cache);
        pdf.writeBytes("\nendstream\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(AnalyseContenu.pdfActif(pdf.toByteArray())).isTrue();

        ByteArrayOutputStream sain = new ByteArrayOutputStream();
        byte[] texte = deflate("BT /F1 12 Tf (Bonjour) Tj ET");
        sain.writeBytes("%PDF-1.5\n6 0 obj << /Filter /FlateDecode >>\nstream\n".getBytes(StandardCharsets.US_ASCII));
        sain.writeBytes(texte);
        sain.writeBytes("\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(AnalyseContenu.pdfActif(sain.toByteArray())).isFalse();
    }

    @Test
    void leNomEstNormalise() {
        assertThat(AnalyseContenu.nomNormalise("C:\\Users\\élise\\Règlement intérieur (v2).PDF", AnalyseContenu.Type.PDF))
                .isEqualTo("Reglement_interieur_v2.pdf");
        assertThat(AnalyseContenu.nomNormalise("../../etc/passwd", AnalyseContenu.Type.PNG)).isEqualTo("passwd.png");
        assertThat(AnalyseContenu.nomNormalise("photo.exe", AnalyseContenu.Type.JPEG)).isEqualTo("photo.jpg");
        assertThat(AnalyseContenu.nomNormalise("\"; rm -rf /\r\n.pdf", AnalyseContenu.Type.PDF)).isEqualTo("document.pdf");
        assertThat(AnalyseContenu.nomNormalise(null, AnalyseContenu.Type.PDF)).isEqualTo("document.pdf");
        assertThat(AnalyseContenu.nomNormalise("a".repeat(300) + ".pdf", AnalyseContenu.Type.PDF)).hasSize(100)
                .endsWith(".pdf");
    }

    static byte[] pdf(String corps) {
        return ("%PDF-1.4\n1 0 obj " + corps + " endobj\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] deflate(String texte) {
        Deflater deflater = new Deflater();
        deflater.setInput(texte.getBytes(StandardCharsets.US_ASCII));
        deflater.finish();
        byte[] tampon = new byte[1024];
        int n = deflater.deflate(tampon);
        deflater.end();
        return java.util.Arrays.copyOf(tampon, n);
    }
}
