-- The inactivity jobs (spec §2.3) scan organiser accounts by status and by the date inactivity counts from
-- (last login, or registration when the user never logged in).
create index organisateur_inactivite_idx on organisateur (statut, (coalesce(derniere_connexion_le, cree_le)));
