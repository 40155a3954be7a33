package fr.vao.sejour;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.vao.organisme.DeclarationsDeLOrganisme;
import fr.vao.plateforme.securite.UtilisateurConnecte;

/**
 * The organisme module's view of an organisme's déclarations (its back-office detail, the status columns of its
 * CSV): what the agent sees of them, through the visibility table as the agents' list (ADR 0015, 0019).
 */
@Component
class DeclarationsOrganismeAgents implements DeclarationsDeLOrganisme {

    private final JdbcClient jdbc;

    DeclarationsOrganismeAgents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Apercu> pour(UtilisateurConnecte agent, List<Long> organismes, int nombre) {
        if (!InstructionDeclarations.consulte(agent)) {
            return Optional.empty();
        }
        if (organismes.isEmpty()) {
            return Optional.of(new Apercu(0, List.of()));
        }
        Map<String, Object> p = new HashMap<>();
        p.put("organismes", organismes);
        p.put("nombre", nombre);
        String jointure = "";
        if (!agent.estNational()) {
            jointure = " join declaration_visibilite v on v.declaration_id = d.id and v.territoire = :territoire";
            p.put("territoire", agent.territoireCode());
        }
        AtomicLong total = new AtomicLong();
        List<Resume> dernieres = jdbc.sql("""
                select d.id, d.numero, d.libelle, d.date_debut, d.date_fin, d.statut, count(*) over () total
                from declaration_sejour d""" + jointure + """

                where d.organisme_id in (:organismes) and d.statut <> 'BROUILLON'
                order by d.date_debut desc, d.id desc limit :nombre""").params(p).query((rs, n) -> {
                    total.set(rs.getLong("total"));
                    return new Resume(rs.getLong("id"), rs.getString("numero"), rs.getString("libelle"),
                            rs.getObject("date_debut", LocalDate.class), rs.getObject("date_fin", LocalDate.class),
                            Statut.deCode(rs.getString("statut")).cle());
                }).list();
        return Optional.of(new Apercu(total.get(), dernieres));
    }

    @Override
    public List<String> statuts() {
        return Arrays.stream(Statut.values()).filter(s -> s != Statut.BROUILLON).map(Statut::code).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean existe(List<Long> organismes) {
        return !organismes.isEmpty() && jdbc.sql(
                "select exists (select 1 from declaration_sejour where organisme_id in (:organismes))")
                .param("organismes", organismes).query(Boolean.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LocalDate> finDernierSejour(long organismeId) {
        return jdbc.sql("select max(date_fin) from declaration_sejour where organisme_id = :o")
                .param("o", organismeId).query(LocalDate.class).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> derniersSejoursTerminesAvant(LocalDate jour) {
        // a monthly job: one pass over the déclarations grouped by organisme is fine without an index of its own
        return jdbc.sql("""
                select organisme_id from declaration_sejour group by organisme_id having max(date_fin) < :jour
                order by organisme_id""").param("jour", jour).query(Long.class).list();
    }
}
