-- The 24-hour retry window of a mail starts at essais_depuis: its creation, or the moment a national agent sent a
-- failed mail again (a fresh window), instead of cree_le which never changes.
alter table courriel add column essais_depuis timestamptz;
update courriel set essais_depuis = cree_le;
alter table courriel alter column essais_depuis set not null;
alter table courriel alter column essais_depuis set default now();
-- The outbox page lists by date, optionally filtered by status
create index courriel_cree_idx on courriel (cree_le desc, id desc);
-- The scheduled-job runs page lists by start date
create index execution_tache_debut_idx on execution_tache (debut desc, id desc);
