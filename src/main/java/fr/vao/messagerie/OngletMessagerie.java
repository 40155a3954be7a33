package fr.vao.messagerie;

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
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * The Messagerie tab of an object's page on both portals (spec §2.10, ADR 0018 and 0028; template
 * {@code messagerie/_fil}), for the controllers of the modules that own threads (a déclaration, an agrément): its
 * summary on the detail, the thread opened on {@code …/messagerie} (the other side's messages become read), and the
 * post of a message with its optional attachment, errors next to their field and the text typed kept.
 */
@Component
public class OngletMessagerie {

    /** The message form: the text typed, and the file chosen (bound, so that its error has a field). */
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

    OngletMessagerie(Messagerie messagerie, Documents documents) {
        this.messagerie = messagerie;
        this.documents = documents;
    }

    /** The summary of the tab on the detail (nothing becomes read). */
    public void resumer(UtilisateurConnecte u, String type, long id, Model model) {
        if (!model.containsAttribute("fil")) {
            model.addAttribute("fil", messagerie.consulter(u, type, id));
        }
    }

    /** The thread opened, its tab selected, and the form (empty, unless it comes back with its errors). */
    public void ouvrir(UtilisateurConnecte u, String type, long id, Model model) {
        model.addAttribute("fil", messagerie.ouvrir(u, type, id));
        model.addAttribute("ongletMessagerie", true);
        if (!model.containsAttribute("message")) {
            model.addAttribute("message", new FormMessage());
        }
    }

    /**
     * Posts the message: the text is checked before the file is stored, so that a refused message leaves no file.
     *
     * @return false when refused, the reasons in {@code erreurs}
     * @throws org.springframework.security.access.AccessDeniedException for a user who reads only (403)
     */
    public boolean poster(UtilisateurConnecte u, String type, long id, FormMessage form, BindingResult erreurs) {
        messagerie.verifierEcriture(u, type, id);
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
            messagerie.poster(u, type, id, form.getTexte(), document);
            return true;
        } catch (MessageInvalideException e) {
            erreurs.rejectValue(e.champ(), e.cle());
            return false;
        }
    }
}
