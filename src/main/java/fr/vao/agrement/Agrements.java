package fr.vao.agrement;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code agrement}. */
@Repository
class Agrements {

    private static final String COLONNES = """
            id, organisme_id, statut, type_depot, numero, region_obtention, date_obtention, date_fin_validite,
            document_id""";

    private final JdbcClient jdbc;

    Agrements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active agrément (VALIDE, not replaced) of an organisme, whatever its dates. */
    Optional<Agrement> actif(long organismeId) {
        return jdbc.sql("select " + COLONNES + " from agrement where organisme_id = :o and statut = 'VALIDE'"
                + " and not supprime")
                .param("o", organismeId).query(Agrement.class).optional();
    }

    Optional<Agrement> trouver(long id) {
        return jdbc.sql("select " + COLONNES + " from agrement where id = :id and not supprime").param("id", id)
                .query(Agrement.class).optional();
    }

    /** Records an agrément obtained outside VAO as VALIDE; the previous active one is marked replaced. */
    long enregistrerExistant(long organismeId, DeclarationExistant d, UUID documentId, long auteur,
            OffsetDateTime le) {
        jdbc.sql("""
                update agrement set supprime = true, modifie_le = :le, version = version + 1
                where organisme_id = :o and statut = 'VALIDE' and not supprime""")
                .param("o", organismeId).param("le", le).update();
        return jdbc.sql("""
                insert into agrement (organisme_id, statut, type_depot, numero, region_obtention, date_obtention,
                                      date_fin_validite, document_id, cree_le, cree_par, modifie_le)
                values (:o, 'VALIDE', 'EXISTANT', :numero, :region, :date, :fin, :document, :le, :auteur, :le)
                returning id""")
                .param("o", organismeId).param("numero", d.numero().strip()).param("region", d.regionObtention())
                .param("date", d.dateObtention()).param("fin", d.dateObtention().plusYears(Agrement.DUREE_ANNEES))
                .param("document", documentId).param("le", le).param("auteur", auteur).query(Long.class).single();
    }
}
