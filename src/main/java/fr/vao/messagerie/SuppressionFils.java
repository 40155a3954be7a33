package fr.vao.messagerie;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import fr.vao.document.SuppressionDocuments;

/**
 * The RGPD deletions of threads (ADR 0021): the module knows nothing of the objects its threads are on, so their
 * owner (the sejour module for the déclarations) gives their ids and deletes their threads through here, in its
 * transaction, before deleting the objects: the messages, their read model and their attachments.
 */
@Service
public class SuppressionFils {

    private final JdbcClient jdbc;
    private final SuppressionDocuments documents;

    SuppressionFils(JdbcClient jdbc, SuppressionDocuments documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    /** The number of messages on the threads of these objects of this kind. */
    public long compterMessages(String type, Collection<Long> objets) {
        if (objets.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from message where fil_type = :type and fil_id in (:objets)")
                .param("type", type).param("objets", objets).query(Long.class).single();
    }

    /** The number of attachments of those messages. */
    public long compterPiecesJointes(String type, Collection<Long> objets) {
        if (objets.isEmpty()) {
            return 0;
        }
        return documents.compter(Messagerie.DOCUMENTS, messages(type, objets), piecesJointes(type, objets));
    }

    /** Deletes the threads of these objects: messages, read model, attachments. */
    public void supprimer(String type, Collection<Long> objets) {
        if (objets.isEmpty()) {
            return;
        }
        List<Long> messages = messages(type, objets);
        List<UUID> pieces = piecesJointes(type, objets);
        jdbc.sql("delete from message where fil_type = :type and fil_id in (:objets)").param("type", type)
                .param("objets", objets).update();
        jdbc.sql("delete from fil_message where fil_type = :type and fil_id in (:objets)").param("type", type)
                .param("objets", objets).update();
        documents.supprimer(Messagerie.DOCUMENTS, messages, pieces);
    }

    private List<Long> messages(String type, Collection<Long> objets) {
        return jdbc.sql("select id from message where fil_type = :type and fil_id in (:objets)").param("type", type)
                .param("objets", objets).query(Long.class).list();
    }

    private List<UUID> piecesJointes(String type, Collection<Long> objets) {
        return jdbc.sql("""
                select document_id from message
                where fil_type = :type and fil_id in (:objets) and document_id is not null""").param("type", type)
                .param("objets", objets).query(UUID.class).list();
    }
}
