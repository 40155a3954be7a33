package fr.vao.messagerie;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.document.DocumentStocke;
import fr.vao.document.Documents;
import fr.vao.notification.Courriel;
import fr.vao.notification.Courriels;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * The threads (spec §2.10): read, open (the other side's messages become read), post (at most 1000 characters
 * and/or one attachment, the other side notified by mail). Who may do what is asked of the {@link AccesFils} of the
 * thread's kind; {@code fil_message} is kept up to date in the same transaction (ADR 0018).
 */
@Service
public class Messagerie {

    public static final int TEXTE_MAX = 1000;
    /** The {@code rattachement_type} of the attachments: {@code rattachement_id} is the message's id. */
    public static final String DOCUMENTS = "message";
    private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;
    private final Documents documents;
    private final Courriels courriels;
    private final Clock horloge;
    /** Resolved at each call: the owners of the threads use services that themselves use this one. */
    private final ObjectProvider<AccesFils> acces;

    Messagerie(JdbcClient jdbc, Documents documents, Courriels courriels, Clock horloge,
            ObjectProvider<AccesFils> acces) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.courriels = courriels;
        this.horloge = horloge;
        this.acces = acces;
    }

    /**
     * Why this message would be refused, before any file is stored: more than 1000 characters, or nothing at all.
     *
     * @param texte what was typed (blank = none)
     * @param fichier whether a file comes with it
     */
    public static Optional<MessageInvalideException> verifier(String texte, boolean fichier) {
        String t = net(texte);
        if (t != null && t.length() > TEXTE_MAX) {
            return Optional.of(new MessageInvalideException("texte", "messagerie.erreur.trop-long"));
        }
        if (t == null && !fichier) {
            return Optional.of(new MessageInvalideException("texte", "messagerie.erreur.vide"));
        }
        return Optional.empty();
    }

    Optional<AccesFils> regle(String type) {
        return acces.stream().filter(a -> a.typeFil().equals(type)).findFirst();
    }

    /** Whether this user may read this thread (used for its attachments). */
    boolean peutLire(UtilisateurConnecte u, String type, long id) {
        return regle(type).map(r -> r.peutLire(u, id)).orElse(false);
    }

    private AccesFils lisible(UtilisateurConnecte u, String type, long id) {
        AccesFils regle = regle(type).orElseThrow(FilIntrouvableException::new);
        if (!regle.peutLire(u, id)) {
            throw new FilIntrouvableException();
        }
        return regle;
    }

    /**
     * That this user may post in this thread.
     *
     * @throws FilIntrouvableException (404) when they may not read it
     * @throws AccessDeniedException (403) when they read it only
     */
    public void verifierEcriture(UtilisateurConnecte u, String type, long id) {
        if (!lisible(u, type, id).peutEcrire(u, id)) {
            throw new AccessDeniedException("Lecture seule de la messagerie");
        }
    }

    /** The thread as this user sees it, without marking anything as read (a summary, the lists). */
    @Transactional(readOnly = true)
    public Fil consulter(UtilisateurConnecte u, String type, long id) {
        AccesFils regle = lisible(u, type, id);
        return fil(u, type, id, regle.peutEcrire(u, id));
    }

    /**
     * The thread opened by this user: the other side's messages become read, if this user is of those who answer
     * (an agent who only reads does not hide a message from the instructeur).
     */
    @Transactional
    public Fil ouvrir(UtilisateurConnecte u, String type, long id) {
        AccesFils regle = lisible(u, type, id);
        boolean ecrit = regle.peutEcrire(u, id);
        if (ecrit) {
            Cote autre = Cote.de(u.portail()).autre();
            Timestamp maintenant = Timestamp.from(Instant.now(horloge));
            // the thread's row first: it is locked, so a message posted meanwhile is either seen or stays unread
            jdbc.sql("""
                    update fil_message set dernier_lu = true
                    where fil_type = :type and fil_id = :id and dernier_de = :autre and not dernier_lu""")
                    .param("type", type).param("id", id).param("autre", autre.name()).update();
            jdbc.sql("update message set lu_le = :le where fil_type = :type and fil_id = :id and lu_le is null and "
                    + (autre == Cote.AGENT ? "agent_id" : "organisateur_id") + " is not null")
                    .param("le", maintenant).param("type", type).param("id", id).update();
        }
        return fil(u, type, id, ecrit);
    }

    private Fil fil(UtilisateurConnecte u, String type, long id, boolean ecrit) {
        Cote vue = Cote.de(u.portail());
        List<Message> messages = jdbc.sql("""
                select id, agent_id is not null agent, auteur, texte, document_id, cree_le, lu_le from message
                where fil_type = :type and fil_id = :id order by cree_le, id""")
                .param("type", type).param("id", id)
                .query((rs, n) -> {
                    long mid = rs.getLong("id");
                    UUID doc = rs.getObject("document_id", UUID.class);
                    DocumentStocke d = doc == null ? null : documents.rattaches(DOCUMENTS, mid).stream()
                            .filter(x -> x.id().equals(doc)).findFirst().orElse(null);
                    Timestamp lu = rs.getTimestamp("lu_le");
                    return new Message(mid, rs.getBoolean("agent") ? Cote.AGENT : Cote.ORGANISATEUR,
                            rs.getString("auteur"), rs.getString("texte"), d,
                            rs.getTimestamp("cree_le").toInstant().atZone(PARIS),
                            lu == null ? null : lu.toInstant().atZone(PARIS));
                }).list();
        Etat etat = jdbc.sql("select dernier_de, dernier_lu from fil_message where fil_type = :type and fil_id = :id")
                .param("type", type).param("id", id)
                .query((rs, n) -> Etat.pour(vue, Cote.valueOf(rs.getString("dernier_de")), rs.getBoolean("dernier_lu")))
                .optional().orElse(null);
        return new Fil(type, id, vue, messages, etat, ecrit);
    }

    /**
     * Posts a message, with the file already stored by {@code Documents#deposer} (or none), and queues the mail to
     * the other side in the same transaction.
     *
     * @throws MessageInvalideException when the text is too long or there is neither text nor file
     * @return the message's id
     */
    @Transactional
    public long poster(UtilisateurConnecte u, String type, long id, String texte, DocumentStocke document) {
        verifierEcriture(u, type, id);
        verifier(texte, document != null).ifPresent(e -> {
            throw e;
        });
        Cote cote = Cote.de(u.portail());
        Instant maintenant = Instant.now(horloge);
        Timestamp le = Timestamp.from(maintenant);
        jdbc.sql("""
                insert into fil_message (fil_type, fil_id, nombre, dernier_le, dernier_de, dernier_lu)
                values (:type, :id, 1, :le, :de, false)
                on conflict (fil_type, fil_id) do update set nombre = fil_message.nombre + 1,
                    dernier_le = excluded.dernier_le, dernier_de = excluded.dernier_de, dernier_lu = false""")
                .param("type", type).param("id", id).param("le", le).param("de", cote.name()).update();
        String t = net(texte);
        long message = jdbc.sql("""
                insert into message (fil_type, fil_id, organisateur_id, agent_id, auteur, texte, document_id, cree_le)
                values (:type, :id, :organisateur, :agent, :auteur, :texte, :document, :le) returning id""")
                .param("type", type).param("id", id)
                .param("organisateur", cote == Cote.ORGANISATEUR ? u.id() : null, java.sql.Types.BIGINT)
                .param("agent", cote == Cote.AGENT ? u.id() : null, java.sql.Types.BIGINT)
                .param("auteur", auteur(u)).param("texte", t, java.sql.Types.VARCHAR)
                .param("document", document == null ? null : document.id(), java.sql.Types.OTHER).param("le", le)
                .query(Long.class).single();
        if (document != null && !documents.rattacher(document.id(), DOCUMENTS, message, u)) {
            throw new MessageInvalideException("fichier", "messagerie.erreur.fichier");
        }
        AccesFils regle = regle(type).orElseThrow();
        AccesFils.Notification n = regle.notification(id, cote);
        if (!n.destinataires().isEmpty()) {
            courriels.envoyer(new Courriel("messagerie-nouveau-message", n.destinataires(), regle.sujet(n),
                    Map.of("numero", n.numero(), "texte", t == null ? "" : t, "pieceJointe", document != null,
                            "chemin", n.chemin(), "agents", cote == Cote.ORGANISATEUR, "cle", regle.cleCourriel())));
        }
        return message;
    }

    private static String auteur(UtilisateurConnecte u) {
        String nom = ((u.prenom() == null ? "" : u.prenom()) + " " + (u.nom() == null ? "" : u.nom())).strip();
        nom = nom.isEmpty() ? u.email() : nom;
        return nom.length() > 200 ? nom.substring(0, 200) : nom;
    }

    private static String net(String texte) {
        if (texte == null) {
            return null;
        }
        String t = texte.strip().replace("\r\n", "\n");
        return t.isEmpty() ? null : t;
    }
}
