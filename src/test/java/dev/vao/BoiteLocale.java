package dev.vao;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.sun.net.httpserver.HttpServer;

import org.springframework.web.util.HtmlUtils;

/** A read-only web page listing the mails received by the local SMTP server (local run only, loopback only). */
final class BoiteLocale {

    private final HttpServer serveur;

    private BoiteLocale(HttpServer serveur) {
        this.serveur = serveur;
    }

    static BoiteLocale demarrer(GreenMail smtp, int port) throws IOException {
        HttpServer serveur = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        serveur.createContext("/", echange -> {
            StringBuilder page = new StringBuilder("""
                    <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Courriels reçus – VAO local</title>
                    <style>body{font-family:sans-serif;margin:2rem}article{border:1px solid #ccc;margin:1rem 0;padding:1rem}
                    pre{white-space:pre-wrap}</style></head><body><h1>Courriels reçus par le SMTP local</h1>
                    <p>Les plus récents en premier. Rechargez la page pour voir les nouveaux.</p>""");
            MimeMessage[] messages = smtp.getReceivedMessages();
            for (int i = messages.length - 1; i >= 0; i--) {
                try {
                    MimeMessage m = messages[i];
                    page.append("<article><h2>").append(HtmlUtils.htmlEscape(m.getSubject())).append("</h2><p>À : ")
                            .append(HtmlUtils.htmlEscape(String.join(", ", GreenMailUtil.getAddressList(m.getAllRecipients()))))
                            .append("</p><pre>").append(HtmlUtils.htmlEscape(texte(m))).append("</pre></article>");
                } catch (Exception e) {
                    page.append("<article>Courriel illisible : ").append(HtmlUtils.htmlEscape(e.getMessage())).append("</article>");
                }
            }
            byte[] corps = page.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
            echange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            echange.sendResponseHeaders(200, corps.length);
            try (OutputStream sortie = echange.getResponseBody()) {
                sortie.write(corps);
            }
        });
        serveur.start();
        return new BoiteLocale(serveur);
    }

    private static String texte(MimeMessage message) throws Exception {
        Object contenu = message.getContent();
        if (contenu instanceof jakarta.mail.Multipart multipart) {
            return partieTexte(multipart);
        }
        return String.valueOf(contenu);
    }

    private static String partieTexte(jakarta.mail.Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var partie = multipart.getBodyPart(i);
            if (partie.isMimeType("text/plain")) {
                return String.valueOf(partie.getContent());
            }
            if (partie.getContent() instanceof jakarta.mail.Multipart imbrique) {
                String texte = partieTexte(imbrique);
                if (!texte.isEmpty()) {
                    return texte;
                }
            }
        }
        return "";
    }

    void arreter() {
        serveur.stop(0);
    }
}
