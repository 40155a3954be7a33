-- "Utilisateurs OVA" list of the back office: filtered by région, sorted by name or creation date.
create index organisateur_region_idx on organisateur (region_code);
create index organisateur_nom_idx on organisateur (lower(nom), lower(prenom));
create index organisateur_cree_idx on organisateur (cree_le desc);
