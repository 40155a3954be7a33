package fr.vao.messagerie;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.document.AccesDocuments;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/** The attachment of a message is read by whoever may read its thread, on both portals; nobody else. */
@Component
class AccesDocumentsMessages implements AccesDocuments {

    private final JdbcClient jdbc;
    private final Messagerie messagerie;

    AccesDocumentsMessages(JdbcClient jdbc, Messagerie messagerie) {
        this.jdbc = jdbc;
        this.messagerie = messagerie;
    }

    @Override
    public String typeRattachement() {
        return Messagerie.DOCUMENTS;
    }

    private record Proprietaire(String type, long id) {
    }

    @Override
    @Transactional(readOnly = true)
    public boolean peutLire(UtilisateurConnecte utilisateur, long message) {
        return jdbc.sql("select fil_type, fil_id from message where id = :id").param("id", message)
                .query((rs, n) -> new Proprietaire(rs.getString("fil_type"), rs.getLong("fil_id"))).optional()
                .map(p -> messagerie.peutLire(utilisateur, p.type(), p.id())).orElse(false);
    }
}
