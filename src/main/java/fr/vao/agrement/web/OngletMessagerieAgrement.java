package fr.vao.agrement.web;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

import fr.vao.document.Categorie;
import fr.vao.document.Depot;
import fr.vao.document.DocumentRefuseException;
import fr.vao.document.DocumentStocke;
import fr.vao.document.Documents;
import fr.vao.messagerie.MessageInvalideException;
import fr.vao.messagerie.Messagerie;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * The messagerie of an agrément on both portals (ADR 0028; the déclarations' fragment {@code messagerie/_fil}):
 * its summary, the thread opened (the other side's messages become read), and the post of a message with its
 * optional attachment, the text checked before the file is stored.
 */
@Component
class OngletMessagerieAgrement {

    static final String TYPE = "agrement";

    /** The message form: the text typed and the file chosen. */
    public static class FormMessage {
        private String texte;
        private MultipartFile fichier;

        public String getTexte() {
            return texte;
        }

        public void setTexte(String texte) {
            this.texte = texte;
        }

        public MultipartFile getFichier() {
            return fichier;
        }

        public void setFichier(MultipartFile fichier) {
            this.fichier = fichier;
        }
    }

    private final Messagerie messagerie;
    private final Documents documents;

    OngletMessagerieAgrement(Messagerie messagerie, Documents documents) {
        this.messagerie = messagerie;
        this.documents = documents;
    }

    void resumer(UtilisateurConnecte u, long id, Model model) {
        if (!model.containsAttribute("fil")) {
            model.addAttribute("fil", messagerie.consulter(u, TYPE, id));
        }
    }

    void ouvrir(UtilisateurConnecte u, long id, Model model) {
        model.addAttribute("fil", messagerie.ouvrir(u, TYPE, id));
        model.addAttribute("ongletMessagerie", true);
        if (!model.containsAttribute("message")) {
            model.addAttribute("message", new FormMessage());
        }
    }

    /** @return false when refused, the reasons in {@code erreurs} (403 for a user who reads only) */
    boolean poster(UtilisateurConnecte u, long id, FormMessage form, BindingResult erreurs) {
        messagerie.verifierEcriture(u, TYPE, id);
        MultipartFile fichier = form.getFichier();
        boolean avecFichier = fichier != null && (!fichier.isEmpty() || fichier.getOriginalFilename() != null
                && !fichier.getOriginalFilename().isBlank());
        Optional<MessageInvalideException> refus = Messagerie.verifier(form.getTexte(), avecFichier);
        if (refus.isPresent()) {
            erreurs.rejectValue(refus.get().champ(), refus.get().cle());
            return false;
        }
        DocumentStocke document = null;
        if (avecFichier) {
            try {
                document = documents.deposer(new Depot(fichier.getOriginalFilename(), fichier.getBytes(),
                        Categorie.MESSAGE, u));
            } catch (DocumentRefuseException e) {
                erreurs.rejectValue("fichier", e.motif().cle());
                return false;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        try {
            messagerie.poster(u, TYPE, id, form.getTexte(), document);
            return true;
        } catch (MessageInvalideException e) {
            erreurs.rejectValue(e.champ(), e.cle());
            return false;
        }
    }
}
