package fr.vao.sejour;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * A déclaration as the lists and their CSV show it.
 *
 * @param messages the state of its messagerie for the reader of the list (agent or organiser); null without
 *     message or when the list does not show it
 */
public record LigneDeclaration(long id, String numero, String libelle, String departement, String siret,
        String organisme, LocalDate dateDebut, LocalDate dateFin, String periode, Statut statut,
        fr.vao.messagerie.Etat messages) {

    /** The columns {@link #lire} reads, from {@code declaration_sejour d}. */
    static final String COLONNES = """
            select d.id, d.numero, d.libelle, d.departement_suivi, d.organisme_instantane->>'siret' siret,
                d.organisme_instantane->>'nom' organisme, d.date_debut, d.date_fin, d.periode, d.statut""";

    static LigneDeclaration lire(ResultSet rs, int n) throws SQLException {
        return new LigneDeclaration(rs.getLong("id"), rs.getString("numero"), rs.getString("libelle"),
                rs.getString("departement_suivi"), rs.getString("siret"), rs.getString("organisme"),
                rs.getObject("date_debut", LocalDate.class), rs.getObject("date_fin", LocalDate.class),
                rs.getString("periode"), Statut.deCode(rs.getString("statut")), null);
    }

    /** The columns {@link #lireAvecMessages} reads: {@link #COLONNES} and the agents' state of the messagerie. */
    static final String COLONNES_AGENTS = COLONNES + ", f.etat_agent etat_messages";

    /** The columns {@link #lireAvecMessages} reads: {@link #COLONNES} and the organiser's state of the messagerie. */
    static final String COLONNES_ORGANISATEUR = COLONNES + ", f.etat_organisateur etat_messages";

    /** The join of the read model of the messagerie (ADR 0018), on {@code declaration_sejour d}. */
    static final String JOINTURE_MESSAGES =
            " left join fil_message f on f.fil_type = 'declaration' and f.fil_id = d.id";

    static LigneDeclaration lireAvecMessages(ResultSet rs, int n) throws SQLException {
        LigneDeclaration l = lire(rs, n);
        return new LigneDeclaration(l.id, l.numero, l.libelle, l.departement, l.siret, l.organisme, l.dateDebut,
                l.dateFin, l.periode, l.statut, fr.vao.messagerie.Etat.deRang(rs.getInt("etat_messages")));
    }
}
