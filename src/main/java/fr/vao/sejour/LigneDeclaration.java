package fr.vao.sejour;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** A déclaration as the lists and their CSV show it. */
public record LigneDeclaration(long id, String numero, String libelle, String departement, String siret,
        String organisme, LocalDate dateDebut, LocalDate dateFin, String periode, Statut statut) {

    /** The columns {@link #lire} reads, from {@code declaration_sejour d}. */
    static final String COLONNES = """
            select d.id, d.numero, d.libelle, d.departement_suivi, d.organisme_instantane->>'siret' siret,
                d.organisme_instantane->>'nom' organisme, d.date_debut, d.date_fin, d.periode, d.statut""";

    static LigneDeclaration lire(ResultSet rs, int n) throws SQLException {
        return new LigneDeclaration(rs.getLong("id"), rs.getString("numero"), rs.getString("libelle"),
                rs.getString("departement_suivi"), rs.getString("siret"), rs.getString("organisme"),
                rs.getObject("date_debut", LocalDate.class), rs.getObject("date_fin", LocalDate.class),
                rs.getString("periode"), Statut.deCode(rs.getString("statut")));
    }
}
