-- Agréments (spec §2.6, §3.4). This issue brings the agrément already obtained outside VAO (type EXISTANT); the
-- request and renewal workflow adds its columns later.
create table agrement (
    id                 bigserial   primary key,
    organisme_id       bigint      not null references organisme (id),
    statut             varchar(30) not null,
    type_depot         varchar(20) not null check (type_depot in ('EXISTANT', 'PREMIER', 'RENOUVELLEMENT')),
    numero             varchar(30),
    region_obtention   varchar(4)  references territoire (code),
    date_obtention     date,
    date_fin_validite  date,
    document_id        uuid        references document (id),
    supprime           boolean     not null default false,
    cree_le            timestamptz not null,
    cree_par           bigint      not null,
    modifie_le         timestamptz not null,
    version            integer     not null default 0
);
-- at most one active agrément per organisme (spec §2.6)
create unique index agrement_actif_uk on agrement (organisme_id) where statut = 'VALIDE' and not supprime;
create index agrement_organisme_idx on agrement (organisme_id);
create index agrement_region_idx on agrement (region_obtention) where not supprime;
