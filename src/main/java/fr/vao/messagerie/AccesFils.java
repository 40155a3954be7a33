package fr.vao.messagerie;

import java.util.List;

import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * The port through which the module that owns an object answers for its thread (a déclaration de séjour: the
 * sejour module). Each kind of thread has one bean; a thread of a kind no bean answers for is closed to everyone
 * (deny by default).
 */
public interface AccesFils {

    /** The kind of thread this bean answers for ({@code message.fil_type}), e.g. {@code declaration}. */
    String typeFil();

    /** Whether this user may read the thread of this object; false also when the object does not exist. */
    boolean peutLire(UtilisateurConnecte utilisateur, long filId);

    /** Whether this user may post in it (asked only of a user who may read it). */
    boolean peutEcrire(UtilisateurConnecte utilisateur, long filId);

    /** Whom to tell, and how, that {@code auteur}'s side posted in the thread of this object. */
    Notification notification(long filId, Cote auteur);

    /** The subject of the mail of a new message; a déclaration's by default (D11, D12). */
    default String sujet(Notification n) {
        return "Portail VAO - Nouveau message sur la déclaration " + n.numero();
    }

    /**
     * The prefix of the message keys of the mail's text: {@code .agents(numero)} to the agents,
     * {@code .organisateurs(numero)} to the organisers; a déclaration's by default.
     */
    default String cleCourriel() {
        return "messagerie.mail";
    }

    /**
     * The notification of a new message.
     *
     * @param destinataires e-mail addresses (the other side); none: no mail
     * @param numero how the mail names the object (the numéro of a déclaration)
     * @param chemin the path of the thread on the recipients' portal, after its base URL
     */
    record Notification(List<String> destinataires, String numero, String chemin) {
    }
}
