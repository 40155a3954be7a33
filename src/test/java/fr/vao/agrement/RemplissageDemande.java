package fr.vao.agrement;

import static fr.vao.support.Connectes.en;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import fr.vao.document.Categorie;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/** Fills the steps of an agrément request through its pages, as an organiser would: every field and file. */
public final class RemplissageDemande {

    public static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final String TEXTE = "Un texte de plus de vingt caractères pour la demande";

    private RemplissageDemande() {
    }

    /** A step's post: its fields, and one PDF for each category given. */
    public static MvcResult poster(MockMvc mvc, UtilisateurConnecte u, long id, String etape,
            Map<String, ?> champs, Categorie... fichiers) throws Exception {
        MockMultipartHttpServletRequestBuilder r = multipart("/agrement/" + id + "/" + etape);
        champs.forEach((k, v) -> {
            if (v instanceof Iterable<?> l) {
                l.forEach(x -> r.param(k, String.valueOf(x)));
            } else {
                r.param(k, String.valueOf(v));
            }
        });
        for (Categorie c : fichiers) {
            r.file(new MockMultipartFile("fichier_" + c.name(), c.name().toLowerCase() + ".pdf", "application/pdf",
                    PDF));
        }
        return mvc.perform(r.with(csrf()).with(en(u))).andReturn();
    }

    public static Map<String, Object> coordonnees() {
        return Map.of("email", "demande@vacances.vao.test", "telephone", "0140000003");
    }

    public static Map<String, Object> dossier() {
        return Map.of("motivations", TEXTE, "dateCertificat", "2022-05-10");
    }

    public static Map<String, Object> bilan(int annee) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            String p = "annees[" + i + "].";
            m.put(p + "annee", annee - 1 - i);
            m.put(p + "nbVacanciers", 40);
            m.put(p + "nbHommes", 20);
            m.put(p + "nbFemmes", 18);
            m.put(p + "nbJours", 560);
            m.put(p + "handicaps", java.util.List.of("MOTEUR", "MENTAL"));
            m.put(p + "tranchesAge", java.util.List.of("18_39"));
            m.put(p + "hebergements[0].nom", "Maison des Lilas");
            m.put(p + "hebergements[0].adresse", "10 rue des Lilas 75019 Paris");
            m.put(p + "hebergements[0].nbJours", 14);
            m.put(p + "hebergements[0].mois", java.util.List.of(7, 8));
        }
        for (String k : new String[] {"perception", "perspectives", "elementsMarquants", "comptabilite",
            "comparatif"}) {
            m.put(k, TEXTE);
        }
        m.put("aucunChangement", true);
        return m;
    }

    public static Map<String, Object> projet() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nbSejours", 3);
        m.put("commentaire", "Trois séjours l'été");
        m.put("deficiences", java.util.List.of("MOTEUR"));
        m.put("sejours[0].nomHebergement", "Maison des Lilas");
        m.put("sejours[0].adresse", "10 rue des Lilas 75019 Paris");
        m.put("sejours[0].nbVacanciers", 12);
        m.put("sejours[0].mois", java.util.List.of(7));
        m.put("activites", java.util.List.of("BAIGNADE", "VISITES"));
        m.put("nbAccompagnants", 4);
        m.put("attestationCasier", true);
        m.put("transportAllerRetour", "Car affrété depuis Paris");
        m.put("transportSejour", "Minibus adapté");
        for (String k : new String[] {"competences", "recrutementUrgence", "suiviDistribution", "suiviAccords",
            "protocoleEvacuation", "protocoleRapatriement", "protocoleRapatriementEtranger",
            "protocoleInformationFamilles", "budgetGestion"}) {
            m.put(k, TEXTE);
        }
        return m;
    }

    /** Every step, with every required file (the procès-verbal as a personne morale). */
    public static void completer(MockMvc mvc, UtilisateurConnecte u, long id, boolean renouvellement)
            throws Exception {
        poster(mvc, u, id, "coordonnees", coordonnees(), Categorie.AGR_PROCVERBAL);
        poster(mvc, u, id, "dossier", dossier(), Categorie.AGR_IMMATRICUL, Categorie.AGR_ASSURRESP,
                Categorie.AGR_ASSURRAPAT);
        if (renouvellement) {
            poster(mvc, u, id, "bilan", bilan(LocalDate.now().getYear()), Categorie.AGR_BILANQUALITPERCEPTION,
                    Categorie.AGR_BILANQUALITPERSPECTIVE, Categorie.AGR_BILANQUALITELEMARQ);
        }
        poster(mvc, u, id, "projet", projet(), Categorie.AGR_PROJSEJCOMPETEXP, Categorie.AGR_PROJETSSEJOURSMESURES);
    }
}
