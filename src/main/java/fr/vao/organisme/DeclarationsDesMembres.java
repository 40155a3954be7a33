package fr.vao.organisme;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.vao.compte.DeclarationsOrganisateurs;

/**
 * Answers the account jobs (spec §2.3, rule 20): the organisation of an organiser is its organisme and every
 * organisme of the same SIREN (the siège and its établissements secondaires), deleted ones included, so that an
 * account of an organisation that declared a stay, wherever, is never deleted for inactivity.
 */
@Component
class DeclarationsDesMembres implements DeclarationsOrganisateurs {

    private final JdbcClient jdbc;
    private final DeclarationsDeLOrganisme declarations;

    DeclarationsDesMembres(JdbcClient jdbc, DeclarationsDeLOrganisme declarations) {
        this.jdbc = jdbc;
        this.declarations = declarations;
    }

    @Override
    public boolean aucuneDeclaration(long organisateurId) {
        List<Long> organisation = jdbc.sql("""
                select m.organisme_id from organisme_membre m where m.organisateur_id = :u
                union
                select s.id from organisme_membre m join organisme o on o.id = m.organisme_id
                join organisme s on s.siren = o.siren and not s.supprime where m.organisateur_id = :u""")
                .param("u", organisateurId).query(Long.class).list();
        return !declarations.existe(organisation);
    }

    @Override
    public void detacher(long organisateurId) {
        jdbc.sql("delete from organisme_membre where organisateur_id = :u").param("u", organisateurId).update();
    }
}
