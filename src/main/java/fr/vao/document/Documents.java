package fr.vao.document;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import fr.vao.document.DocumentRefuseException.Motif;
import fr.vao.document.antivirus.Antivirus;
import fr.vao.plateforme.observabilite.CompteursMetier;
import fr.vao.plateforme.securite.UtilisateurConnecte;
import io.micrometer.core.instrument.Counter;

/**
 * Uploads and downloads of documents (spec §2.11). Every upload is checked (size, type by content, PDF active content,
 * antivirus) before anything is stored; every read is checked against the object the document is attached to.
 */
@Service
public class Documents {

    /** 5 MB, as in the reference (5,000,000 bytes). */
    public static final int TAILLE_MAX = 5_000_000;

    private static final Logger LOG = LoggerFactory.getLogger(Documents.class);

    /** A document and its bytes, once access is granted. */
    public record Contenu(DocumentStocke description, byte[] octets) {
    }

    private final JdbcClient jdbc;
    private final Antivirus antivirus;
    private final Clock horloge;
    /** Resolved at each read, not at construction: the readers use services that themselves store documents. */
    private final ObjectProvider<AccesDocuments> acces;
    private final TransactionTemplate transaction;
    /** {@code vao_documents_refuses_total{motif}}: uploads refused, by reason. */
    private final EnumMap<Motif, Counter> refus = new EnumMap<>(Motif.class);

    Documents(JdbcClient jdbc, Antivirus antivirus, Clock horloge, ObjectProvider<AccesDocuments> acces,
            TransactionTemplate transaction, CompteursMetier compteurs) {
        for (Motif motif : Motif.values()) {
            refus.put(motif, compteurs.compteur("vao.documents.refuses", "Fichiers déposés refusés, par motif",
                    "motif", motif.name().toLowerCase(Locale.ROOT)));
        }
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.antivirus = antivirus;
        this.horloge = horloge;
        this.acces = acces;
    }

    /**
     * Checks and stores a file; nothing is stored when it is refused. The scan runs before the transaction, so that
     * a slow antivirus holds no database connection.
     *
     * @throws DocumentRefuseException with the reason, to show next to the field (and counted)
     */
    public DocumentStocke deposer(Depot depot) {
        try {
            return verifierEtStocker(depot);
        } catch (DocumentRefuseException e) {
            refus.get(e.motif()).increment(); // at once: refused whether or not the caller's transaction commits
            throw e;
        }
    }

    private DocumentStocke verifierEtStocker(Depot depot) {
        if (depot.categorie().generee()) {
            throw new IllegalArgumentException("Catégorie réservée aux documents générés : " + depot.categorie());
        }
        byte[] contenu = depot.contenu();
        if (contenu == null || contenu.length == 0) {
            throw new DocumentRefuseException(Motif.VIDE);
        }
        if (contenu.length > TAILLE_MAX) {
            throw new DocumentRefuseException(Motif.TROP_VOLUMINEUX);
        }
        AnalyseContenu.Type type = AnalyseContenu.type(contenu)
                .orElseThrow(() -> new DocumentRefuseException(Motif.TYPE_NON_ACCEPTE));
        if (depot.categorie().pdfSeulement() && type != AnalyseContenu.Type.PDF) {
            throw new DocumentRefuseException(Motif.PDF_SEULEMENT);
        }
        if (type == AnalyseContenu.Type.PDF && AnalyseContenu.pdfActif(contenu)) {
            throw new DocumentRefuseException(Motif.PDF_AVEC_JAVASCRIPT);
        }
        String nom = AnalyseContenu.nomNormalise(depot.nomOriginal(), type);
        UtilisateurConnecte deposant = depot.deposant();
        Antivirus.Resultat analyse = antivirus.analyser(nom, contenu);
        if (analyse instanceof Antivirus.Resultat.Infecte infecte) {
            LOG.warn("Fichier « {} » refusé par l'antivirus ({}) : {} ; déposé par {}", nom, antivirus.description(),
                    infecte.virus(), deposant.getName());
            throw new DocumentRefuseException(Motif.VIRUS);
        }
        if (analyse instanceof Antivirus.Resultat.Indisponible indisponible) {
            LOG.error("Antivirus indisponible ({}) : {} ; dépôt de « {} » refusé", antivirus.description(),
                    indisponible.raison(), nom);
            throw new DocumentRefuseException(Motif.ANTIVIRUS_INDISPONIBLE);
        }
        DocumentStocke document = new DocumentStocke(UUID.randomUUID(), depot.categorie(), nom, type.mime,
                contenu.length, sha256(contenu), Instant.now(horloge));
        transaction.executeWithoutResult(s -> {
            jdbc.sql("""
                    insert into document (id, categorie, nom, type_mime, taille, sha256, depose_portail, depose_par,
                                          depose_le)
                    values (:id, :categorie, :nom, :mime, :taille, :sha, :portail, :par, :le)""")
                    .param("id", document.id()).param("categorie", document.categorie().name()).param("nom", nom)
                    .param("mime", type.mime).param("taille", contenu.length).param("sha", document.sha256())
                    .param("portail", deposant.portail().name()).param("par", deposant.id())
                    .param("le", java.sql.Timestamp.from(document.deposeLe())).update();
            jdbc.sql("insert into document_contenu (document_id, contenu) values (:id, :contenu)")
                    .param("id", document.id()).param("contenu", contenu).update();
        });
        return document;
    }

    /**
     * Stores a PDF VAO generated itself (spec §2.12), attached at once to its object, in the caller's transaction: the
     * document and the change that produced it commit together, or neither does. Not an upload, so no antivirus and no
     * size limit; {@code par} (who triggered the generation) is recorded as its depositor.
     *
     * @param nom the file name, normalised as an upload's
     * @param categorie a generated category ({@link Categorie#generee()})
     * @throws IllegalArgumentException when the bytes are not a PDF or the category is one of uploads
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public DocumentStocke enregistrerGenere(String nom, Categorie categorie, byte[] pdf, String typeRattachement,
            long idObjet, UtilisateurConnecte par) {
        if (!categorie.generee()) {
            throw new IllegalArgumentException("Catégorie de dépôt : " + categorie);
        }
        if (pdf == null || AnalyseContenu.type(pdf).filter(t -> t == AnalyseContenu.Type.PDF).isEmpty()) {
            throw new IllegalArgumentException("Le document généré n'est pas un PDF : " + nom);
        }
        String normalise = AnalyseContenu.nomNormalise(nom, AnalyseContenu.Type.PDF);
        DocumentStocke document = new DocumentStocke(UUID.randomUUID(), categorie, normalise,
                AnalyseContenu.Type.PDF.mime, pdf.length, sha256(pdf), Instant.now(horloge));
        jdbc.sql("""
                insert into document (id, categorie, nom, type_mime, taille, sha256, depose_portail, depose_par,
                                      depose_le, rattachement_type, rattachement_id, genere)
                values (:id, :categorie, :nom, :mime, :taille, :sha, :portail, :par, :le, :type, :objet, true)""")
                .param("id", document.id()).param("categorie", categorie.name()).param("nom", normalise)
                .param("mime", document.typeMime()).param("taille", pdf.length).param("sha", document.sha256())
                .param("portail", par.portail().name()).param("par", par.id())
                .param("le", java.sql.Timestamp.from(document.deposeLe())).param("type", typeRattachement)
                .param("objet", idObjet).update();
        jdbc.sql("insert into document_contenu (document_id, contenu) values (:id, :contenu)")
                .param("id", document.id()).param("contenu", pdf).update();
        return document;
    }

    /**
     * Attaches a document to the object a form saved it for. Only its depositor may attach it, and only once: a user
     * cannot gain access to someone else's file by attaching its id to an object of theirs.
     *
     * @return false when the document is unknown, not this user's, or already attached elsewhere
     */
    @Transactional
    public boolean rattacher(UUID id, String type, long idObjet, UtilisateurConnecte par) {
        return jdbc.sql("""
                update document set rattachement_type = :type, rattachement_id = :objet
                where id = :id and ((rattachement_type is null and depose_portail = :portail and depose_par = :par)
                                    or (rattachement_type = :type and rattachement_id = :objet))""")
                .param("type", type).param("objet", idObjet).param("id", id)
                .param("portail", par.portail().name()).param("par", par.id()).update() == 1;
    }

    /**
     * The documents attached to an object, oldest first, without their bytes. The caller shows them only to a user
     * who may see the object; each download is checked again ({@link #lire}).
     */
    @Transactional(readOnly = true)
    public List<DocumentStocke> rattaches(String type, long idObjet) {
        return jdbc.sql("""
                select id, categorie, nom, type_mime, taille, sha256, depose_le from document
                where rattachement_type = :type and rattachement_id = :objet order by depose_le, nom""")
                .param("type", type).param("objet", idObjet)
                .query((rs, n) -> new DocumentStocke(rs.getObject("id", UUID.class),
                        Categorie.valueOf(rs.getString("categorie")), rs.getString("nom"), rs.getString("type_mime"),
                        rs.getInt("taille"), rs.getString("sha256"), rs.getTimestamp("depose_le").toInstant()))
                .list();
    }

    /**
     * Deletes a document attached to this object (a form removed it), its bytes with it.
     *
     * @return false when the document is not attached to this object (nothing is deleted)
     */
    @Transactional
    public boolean supprimer(UUID id, String type, long idObjet) {
        return jdbc.sql("delete from document where id = :id and rattachement_type = :type and rattachement_id = :objet")
                .param("id", id).param("type", type).param("objet", idObjet).update() == 1;
    }

    private record Ligne(DocumentStocke document, String deposePortail, long deposePar, String rattachementType,
            long rattachementId) {
    }

    /** The description of a document this user may read; empty when unknown or not theirs to read. */
    public Optional<DocumentStocke> decrire(UUID id, UtilisateurConnecte utilisateur) {
        return jdbc.sql("""
                select id, categorie, nom, type_mime, taille, sha256, depose_le, depose_portail, depose_par,
                       rattachement_type, rattachement_id
                from document where id = :id""").param("id", id)
                .query((rs, n) -> new Ligne(new DocumentStocke(rs.getObject("id", UUID.class),
                        Categorie.valueOf(rs.getString("categorie")), rs.getString("nom"), rs.getString("type_mime"),
                        rs.getInt("taille"), rs.getString("sha256"), rs.getTimestamp("depose_le").toInstant()),
                        rs.getString("depose_portail"), rs.getLong("depose_par"), rs.getString("rattachement_type"),
                        rs.getLong("rattachement_id")))
                .optional()
                .filter(l -> peutLire(utilisateur, l))
                .map(Ligne::document);
    }

    /** A document and its bytes, when this user may read it. */
    public Optional<Contenu> lire(UUID id, UtilisateurConnecte utilisateur) {
        return decrire(id, utilisateur).map(d -> new Contenu(d,
                jdbc.sql("select contenu from document_contenu where document_id = :id").param("id", id)
                        .query(byte[].class).single()));
    }

    private boolean peutLire(UtilisateurConnecte u, Ligne l) {
        if (l.rattachementType() == null) {
            return u.portail().name().equals(l.deposePortail()) && u.id() == l.deposePar();
        }
        return acces.stream().filter(a -> a.typeRattachement().equals(l.rattachementType())).findFirst()
                .map(regle -> regle.peutLire(u, l.rattachementId())).orElse(false);
    }

    private static String sha256(byte[] contenu) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(contenu));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
