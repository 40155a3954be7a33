package fr.vao.notification;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** A Thymeleaf engine in TEXT mode for the plain-text part of the mails ({@code templates/mail/*.txt}). */
@Component
class GabaritsTexte {

    private final SpringTemplateEngine moteur = new SpringTemplateEngine();

    GabaritsTexte(MessageSource messages) {
        ClassLoaderTemplateResolver resolveur = new ClassLoaderTemplateResolver();
        resolveur.setPrefix("templates/mail/");
        resolveur.setSuffix(".txt");
        resolveur.setTemplateMode(TemplateMode.TEXT);
        resolveur.setCharacterEncoding("UTF-8");
        resolveur.setCacheable(true);
        moteur.setTemplateResolver(resolveur);
        moteur.setTemplateEngineMessageSource(messages);
    }

    SpringTemplateEngine moteur() {
        return moteur;
    }
}
