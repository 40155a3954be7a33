-- DREETS instruction of the agrément requests (issue 5 items 2 to 4, ADR 0027, ADR 0028).

-- The messagerie of an agrément (ADR 0028): a second kind of thread beside the déclarations'.
alter table message drop constraint if exists message_fil_type_check;
alter table message add constraint message_fil_type_check check (fil_type in ('declaration', 'agrement'));

-- The agents' list of the national agents (all régions, read-only) by status and dépôt, like the DREETS one by
-- région (agrement_region_statut_idx).
create index agrement_statut_depot_idx on agrement (statut, date_depot desc) where not supprime;
-- The silence-vaut-accord job reads the running and paused timers (agrement_sva_statut_idx); the expiry job the
-- active agréments whose mails are not all sent yet, by end of validity.
create index agrement_expiration_idx on agrement (date_fin_validite)
    where statut = 'VALIDE' and not supprime and expiration_120j_envoye_le is null;
-- The DREETS list's default order (the most recent dépôt first) read in the index's order: a page is the first
-- rows of the région's range, each joined to its organisme by key (ListeAgrementsIndexeeTest).
create index agrement_region_depot_idx on agrement (region_obtention, date_depot desc nulls last, id desc)
    where not supprime;
