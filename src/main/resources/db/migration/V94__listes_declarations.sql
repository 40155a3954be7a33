-- Lists and counters around the déclarations de séjour (issue 4 point 7, ADR 0019).

-- the organiser's home counters: one grouped count per status over its organismes, from the index alone
create index declaration_organisme_statut_idx on declaration_sejour (organisme_id, statut);
