package fr.vao.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;

/**
 * Every PDF VAO generates (ADR 0009): a Thymeleaf template under {@code templates/pdf/}, written as XHTML, rendered by
 * openhtmltopdf with the embedded DejaVu Sans font (regular and bold), so that every character prints the same
 * everywhere.
 */
@Service
public class GenerateurPdf {

    static final String POLICE = "DejaVu Sans";

    private final ITemplateEngine moteur;
    private final byte[] normale;
    private final byte[] grasse;

    GenerateurPdf(ITemplateEngine moteur) {
        this.moteur = moteur;
        this.normale = lire("/pdf/polices/DejaVuSans.ttf");
        this.grasse = lire("/pdf/polices/DejaVuSans-Bold.ttf");
    }

    /** Renders {@code templates/pdf/{gabarit}.html} with these variables. */
    public byte[] generer(String gabarit, Map<String, Object> variables) {
        String xhtml = moteur.process("pdf/" + gabarit, new Context(Locale.FRANCE, variables));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder constructeur = new PdfRendererBuilder();
            constructeur.useFastMode();
            constructeur.useFont(() -> new java.io.ByteArrayInputStream(normale), POLICE, 400, FontStyle.NORMAL, true);
            constructeur.useFont(() -> new java.io.ByteArrayInputStream(grasse), POLICE, 700, FontStyle.NORMAL, true);
            constructeur.withHtmlContent(xhtml, null);
            constructeur.toStream(pdf);
            constructeur.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static byte[] lire(String ressource) {
        try (InputStream entree = GenerateurPdf.class.getResourceAsStream(ressource)) {
            if (entree == null) {
                throw new IllegalStateException("police absente : " + ressource);
            }
            return entree.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
