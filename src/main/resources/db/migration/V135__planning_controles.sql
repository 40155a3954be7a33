-- Planning of the inspections (issue 6 item 1, ADR 0029): the stops at an hébergement of a département overlapping
-- a period (date_fin >= start and date_debut <= end), read by SejoursPourControle from these indexes alone; the
-- second one serves a national agent (every département). Only future and current stops satisfy date_fin >= start,
-- so the range scan stays small whatever the history.
create index declaration_hebergement_periode_idx on declaration_hebergement (departement, date_fin, date_debut)
    include (declaration_id, hebergement_id);
create index declaration_hebergement_fin_idx on declaration_hebergement (date_fin, date_debut)
    include (declaration_id, hebergement_id);
