package fr.vao.sejour;

import static fr.vao.support.Connectes.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import fr.vao.plateforme.securite.UtilisateurConnecte;
import fr.vao.support.Connectes;
import fr.vao.support.TestIntegration;

/**
 * The PDFs of a déclaration (spec §2.12): generated on each transition that calls for one, stored attached to the
 * déclaration with the names and types of the reference, their text checked with PDFBox; listed in the Documents tab
 * and downloadable by exactly who may see the déclaration.
 */
class DocumentsDeclarationTest extends TestIntegration {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @org.springframework.beans.factory.annotation.Autowired
    InstructionDeclarations instruction;

    private Parcours parcours;
    private LocalDate debut;
    private LocalDate aujourdhui;

    @BeforeEach
    void preparer() {
        parcours = new Parcours(mvc, jdbc);
        aujourdhui = LocalDate.now(horloge.withZone(ZoneId.of("Europe/Paris")));
        debut = aujourdhui.plusMonths(3);
    }

    private static long sequence = System.nanoTime() % 1_000_000 + 250_000;

    private static UtilisateurConnecte agent(String territoire, String niveau) {
        return Connectes.agent(++sequence, territoire, niveau, "DemandeSejour_Ecriture");
    }

    /** A stored document of the déclaration, with its text. */
    record Piece(UUID id, String nom, String categorie, boolean genere, String texte) {
    }

    private List<Piece> pieces(long id) {
        return jdbc.sql("""
                select d.id, d.nom, d.categorie, d.genere, c.contenu from document d
                join document_contenu c on c.document_id = d.id
                where d.rattachement_type = 'declaration' and d.rattachement_id = :id order by d.depose_le, d.nom""")
                .param("id", id).query((rs, n) -> new Piece(rs.getObject("id", UUID.class), rs.getString("nom"),
                        rs.getString("categorie"), rs.getBoolean("genere"), texte(rs.getBytes("contenu"))))
                .list();
    }

    /**
     * The text of a PDF on one line; a numéro or a date the layout wrapped after its "-" or "/" is joined back (the
     * extraction puts a space at each line break).
     */
    static String texte(byte[] pdf) {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ").replaceAll("(?<=\\w) ?([-/]) ?(?=\\d)", "$1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String numero(long id) {
        return jdbc.sql("select numero from declaration_sejour where id = :id").param("id", id).query(String.class)
                .single();
    }

    private void agir(UtilisateurConnecte agent, long id, String action, String... commentaire) throws Exception {
        Map<String, String> champs = commentaire.length == 0 ? Map.of("version", "" + parcours.version(id))
                : Map.of("version", "" + parcours.version(id), "commentaire", commentaire[0]);
        parcours.poster(agent, "/bo/sejours/" + id + "/" + action, champs);
    }

    @Test
    void chaqueDepotADeuxMoisProduitSaDeclarationPrealableEtLEnregistrementSonAccuseDeReception() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        long id = parcours.transmise(o, debut, debut.plusDays(7));
        String numero = numero(id);

        List<Piece> apresDepot = pieces(id);
        assertThat(apresDepot).hasSize(1);
        Piece declaration = apresDepot.get(0);
        assertThat(declaration.nom()).isEqualTo(numero + ".pdf");
        assertThat(declaration.categorie()).isEqualTo("DECLARATION_2_MOIS");
        assertThat(declaration.genere()).isTrue();
        assertThat(declaration.texte()).contains("cerfa N° 12672*03",
                "DECLARATION PREALABLE D'UN SEJOUR « VACANCES ADAPTEES ORGANISEES »",
                "destiné à des personnes handicapées majeures", "DDETS 75", numero,
                "Date de dépôt " + aujourdhui.format(JOUR), "AGR-IDF-" + o.id(), "01/06/2024",
                "SEJOURS ADAPTES " + o.siret(), "Été à la mer", "Julie Lefebvre, Directrice",
                "10 vacanciers dont 4 femmes et 6 hommes", "Fauteuils roulants", "Baignade", "Car affrété",
                "Armoire fermée à clé", "Fiche annexe – hébergement 1 sur 1", "Maison des Lilas",
                "Pension complète", "Je soussigné(e) Lefebvre Julie, en qualité de Directrice, certifie le "
                        + aujourdhui.format(JOUR) + " sur l’honneur");

        // complements, then a new submission: a second déclaration préalable, the first one kept
        UtilisateurConnecte ddets = agent("75", "DEP");
        agir(ddets, id, "prise-en-charge");
        agir(ddets, id, "complements", "Précisez les activités prévues");
        parcours.poster(o.membre(), "/sejours/" + id + "/projet", Map.of("version", "" + parcours.version(id),
                "destinations", "mer", "activitesCulturelles", "musique"));
        parcours.transmettre(o, id);
        assertThat(parcours.statut(id)).isEqualTo("TRANSMISE");
        List<Piece> apresComplements = pieces(id);
        assertThat(apresComplements).extracting(Piece::nom).containsExactly(numero + ".pdf", numero + ".pdf");
        assertThat(apresComplements).filteredOn(p -> p.texte().contains("Musique")).hasSize(1);

        agir(ddets, id, "prise-en-charge");
        agir(ddets, id, "enregistrement");
        assertThat(parcours.statut(id)).isEqualTo("EN ATTENTE DECLARATION 8 JOURS");
        Piece ar = pieces(id).stream().filter(p -> p.categorie().equals("AR_DECLARATION_2_MOIS")).findFirst()
                .orElseThrow();
        assertThat(ar.nom()).isEqualTo("AR_" + numero + ".pdf");
        assertThat(ar.texte()).contains("ACCUSE DE RECEPTION POUR LA DECLARATION PREALABLE " + numero,
                "Vous êtes titulaire de l’agrément « Vacances adaptées organisées » n° AGR-IDF-" + o.id()
                        + " délivré le 01/06/2024",
                "en date du " + aujourdhui.format(JOUR) + ", une déclaration pour le séjour « Été à la mer »",
                "du " + debut.format(JOUR) + " au " + debut.plusDays(7).format(JOUR),
                "Nous accusons ce jour, le " + aujourdhui.format(JOUR) + ", réception",
                "Vous devrez, huit jours avant le début du séjour",
                "déclaration complémentaire prévue à l’article R. 412-14", "DDETS 75");
    }

    @Test
    void laDeclarationAHuitJoursProduitSaFicheComplementaireEtSonAccuseDeReception() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        UtilisateurConnecte ddets = agent("75", "DEP");
        long id = parcours.transmise(o, debut, debut.plusDays(7));
        agir(ddets, id, "prise-en-charge");
        agir(ddets, id, "enregistrement");
        String numero = numero(id);
        String base = "/sejours/" + id;
        parcours.poster(o.membre(), base + "/personnel", Map.of("version", "" + parcours.version(id),
                "nombreAccompagnants", "1", "nombreResponsables", "1", "procedureRecrutementSupplementaire",
                "false"));
        parcours.poster(o.membre(), base + "/personnel/encadrants/importer", Map.of("version",
                "" + parcours.version(id), "texte", DeclarationHuitJoursTest.PERSONNE, "attestationTous", "true"));
        parcours.poster(o.membre(), base + "/personnel/accompagnants/importer", Map.of("version",
                "" + parcours.version(id), "texte", "Petit;Léa;20/01/1999;BAFA;restauration;0698765432",
                "attestationTous", "true"));
        parcours.poster(o.membre(), base + "/personnel/formation", Map.of("version", "" + parcours.version(id),
                "formation", "Réunion de deux heures la veille du départ"));
        parcours.poster(o.membre(), base + "/personnel/prestataires", Map.of("version", "" + parcours.version(id),
                "categorie", "transport", "personneMorale", "true", "raisonSociale", "Taxis du Lac", "adresse",
                "1 quai du Lac 74000 Annecy", "telephone", "0450000000"));
        parcours.transmettre(o, id);
        assertThat(parcours.statut(id)).isEqualTo("TRANSMISE 8J");

        Piece fiche = pieces(id).stream().filter(p -> p.categorie().equals("DECLARATION_8_JOURS")).findFirst()
                .orElseThrow();
        assertThat(fiche.nom()).isEqualTo(numero + "_8jours.pdf");
        assertThat(fiche.texte()).contains("cerfa N° 12672*04", "FICHE COMPLEMENTAIRE", numero, "DDETS 75",
                "Date de dépôt de la déclaration initiale " + aujourdhui.format(JOUR), "AGR-IDF-" + o.id(),
                "Paul Durand", "02/05/1980", "BAFD", "Distribution des médicaments", "Léa Petit",
                "Réunion de deux heures la veille du départ", "Taxis du Lac", "Maison des Lilas",
                "Je soussigné(e) Lefebvre Julie, en qualité de Directrice");

        agir(ddets, id, "prise-en-charge");
        agir(ddets, id, "enregistrement");
        assertThat(parcours.statut(id)).isEqualTo("VALIDEE 8J");
        Piece ar = pieces(id).stream().filter(p -> p.categorie().equals("AR_DECLARATION_8_JOURS")).findFirst()
                .orElseThrow();
        assertThat(ar.nom()).isEqualTo("AR_" + numero + "_8J.pdf");
        assertThat(ar.texte()).contains("ACCUSE DE RECEPTION POUR LA DECLARATION COMPLEMENTAIRE " + numero,
                "n° AGR-IDF-" + o.id() + " délivré le 01/06/2024",
                "la déclaration complémentaire prévue à l’article R. 412-14",
                "pour le séjour « Été à la mer »", "Nous accusons ce jour, le " + aujourdhui.format(JOUR));
        assertThat(pieces(id)).extracting(Piece::nom).containsExactlyInAnyOrder(numero + ".pdf",
                "AR_" + numero + ".pdf", numero + "_8jours.pdf", "AR_" + numero + "_8J.pdf");
    }

    @Test
    void seulsCeuxQuiVoientLaDeclarationTelechargentSesDocuments() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        OrganismesAgrees.Organisme autre = OrganismesAgrees.nouveau(jdbc, true);
        long id = parcours.transmise(o, debut, debut.plusDays(7));
        UUID document = pieces(id).get(0).id();
        String numero = numero(id);

        mvc.perform(get("/documents/" + document).with(en(o.membre()))).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get("/bo/documents/" + document).with(en(agent("75", "DEP")))).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get("/bo/documents/" + document).with(en(Connectes.agent(++sequence, "IDF", "REG",
                "DemandeSejour_Lecture")))).andExpect(status().isOk());
        mvc.perform(get("/documents/" + document).with(en(autre.membre()))).andExpect(status().isNotFound());
        mvc.perform(get("/bo/documents/" + document).with(en(agent("69", "DEP")))).andExpect(status().isNotFound());
        mvc.perform(get("/bo/documents/" + document).with(en(Connectes.agent(++sequence, "75", "DEP", "Compte"))))
                .andExpect(status().isNotFound());

        // listed in the Documents tab of both detail pages, each with its portal's download link
        mvc.perform(get("/bo/sejours/" + id).with(en(agent("75", "DEP")))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("onglet-documents"),
                        Matchers.containsString("/bo/documents/" + document),
                        Matchers.containsString(numero + ".pdf"),
                        Matchers.containsString("Déclaration préalable (2 mois)"))));
        mvc.perform(get("/sejours/" + id + "/synthese").with(en(o.membre()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("onglet-documents"),
                        Matchers.containsString("href=\"/documents/" + document + "\""))));
    }

    @Test
    void quandLeDocumentNePeutEtreProduitLEnregistrementNALieuNiEnPartie() throws Exception {
        OrganismesAgrees.Organisme o = OrganismesAgrees.nouveau(jdbc, true);
        long id = parcours.transmise(o, debut, debut.plusDays(7));
        UtilisateurConnecte ddets = agent("75", "DEP");
        agir(ddets, id, "prise-en-charge");
        // a snapshot the accusé de réception cannot be written from: its generation fails
        jdbc.sql("update declaration_sejour set organisme_instantane = '\"illisible\"' where id = :id")
                .param("id", id).update();
        int version = parcours.version(id);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> instruction.enregistrer(ddets, id, version))
                .hasMessageContaining("InstantaneOrganisme");
        assertThat(parcours.statut(id)).isEqualTo("EN COURS");
        assertThat(parcours.version(id)).isEqualTo(version);
        assertThat(pieces(id)).extracting(Piece::categorie).containsExactly("DECLARATION_2_MOIS");
        assertThat(jdbc.sql("select count(*) from declaration_historique where declaration_id = :id "
                + "and type = 'enregistrement_2m'").param("id", id).query(Long.class).single()).isZero();
    }
}
