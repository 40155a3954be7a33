-- Where an organisme is, for the agents' perimeter (spec §1.3): the département of its address (from INSEE's
-- commune code) and its région; when INSEE could not answer, the région of the account's registration.
alter table organisme add column departement varchar(3) references territoire (code);
alter table organisme add column region varchar(4) references territoire (code);
create index organisme_departement_idx on organisme (departement) where not supprime;
create index organisme_region_idx on organisme (region) where not supprime;
create index organisme_modifie_idx on organisme (modifie_le desc, id desc) where not supprime;
