package fr.vao.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import fr.vao.plateforme.VaoProperties;

/**
 * The outbox: a mail is rendered and stored in the caller's transaction, so that it leaves if and only if the state
 * change it reports commits. {@link EnvoiCourriels} sends it afterwards.
 */
@Service
public class Courriels {

    private static final Locale FRANCAIS = Locale.FRANCE;

    private final JdbcClient jdbc;
    private final TemplateEngine html;
    private final TemplateEngine texte;
    private final VaoProperties proprietes;
    private final Clock horloge;

    Courriels(JdbcClient jdbc, TemplateEngine templateEngine, GabaritsTexte gabaritsTexte, VaoProperties proprietes,
            Clock horloge) {
        this.jdbc = jdbc;
        this.html = templateEngine;
        this.texte = gabaritsTexte.moteur();
        this.proprietes = proprietes;
        this.horloge = horloge;
    }

    /** Queues the mail in the current transaction; returns its outbox id. */
    @Transactional(propagation = Propagation.REQUIRED)
    public long envoyer(Courriel courriel) {
        Map<String, Object> variables = new HashMap<>(courriel.variables());
        variables.put("sujet", courriel.sujet());
        variables.put("urlOrganisateur", proprietes.urlOrganisateur());
        variables.put("urlAdministration", proprietes.urlAdministration());
        variables.put("urlSupport", proprietes.courriel().support());
        Context contexte = new Context(FRANCAIS, variables);
        String corpsHtml = html.process("mail/" + courriel.modele(), contexte);
        String corpsTexte = texte.process(courriel.modele(), contexte);
        return jdbc.sql("""
                insert into courriel (modele, destinataires, copies, sujet, corps_html, corps_texte, prochain_essai_le,
                                      cree_le, essais_depuis)
                values (:modele, :destinataires, :copies, :sujet, :html, :texte, :maintenant, :maintenant, :maintenant)
                returning id""")
                .param("modele", courriel.modele())
                .param("destinataires", String.join(",", courriel.destinataires()))
                .param("copies", courriel.copies().isEmpty() ? null : String.join(",", courriel.copies()))
                .param("sujet", courriel.sujet())
                .param("html", corpsHtml)
                .param("texte", corpsTexte)
                .param("maintenant", OffsetDateTime.now(horloge))
                .query(Long.class).single();
    }
}
