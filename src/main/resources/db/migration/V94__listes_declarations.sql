-- Lists and counters around the déclarations de séjour (issue 4 point 7, ADR 0019).

-- the organiser's home counters: one grouped count per status over its organismes, from the index alone
create index declaration_organisme_statut_idx on declaration_sejour (organisme_id, statut);

-- "Hébergements liés à des séjours": the links of the agent's départements, grouped by hébergement
create index declaration_hebergement_departement_idx on declaration_hebergement (departement, hebergement_id);
-- the same for a national agent, and the hébergements' own lookups
create index declaration_hebergement_hebergement_idx on declaration_hebergement (hebergement_id);
