-- The inspection itself (issue 6 item 2, ADR 0030): the agents who carry it out, the checklist of the regulatory
-- points and the conclusion (jsonb / plain columns on the core row of V130), the findings, and the injunctions with
-- their reminders. Nothing here is read by the organiser's pages before inspection.rapport_envoye_le is set.
alter table inspection
    add column points          jsonb        not null default '{}'::jsonb,
    add column conclusion      varchar(30)  check (conclusion in ('CONFORME', 'OBSERVATIONS', 'INJONCTION',
                                   'PROPOSITION_SUSPENSION')),
    add column synthese        text,
    add column rapport_document_id uuid,
    -- copied from the déclaration at planning, for the agents' list and its CSV (as the EIG do, ADR 0023)
    add column declaration_numero varchar(30),
    add column sejour_libelle  varchar(200),
    add column organisme_nom   varchar(300);

create table inspection_agent (
    inspection_id bigint not null references inspection (id) on delete cascade,
    agent_id      bigint not null,
    primary key (inspection_id, agent_id)
);

create table inspection_constat (
    id            bigserial   primary key,
    inspection_id bigint      not null references inspection (id) on delete cascade,
    gravite       varchar(10) not null check (gravite in ('MINEURE', 'MAJEURE', 'CRITIQUE')),
    point         varchar(30),
    description   text        not null,
    cree_le       timestamptz not null
);
create index inspection_constat_inspection_idx on inspection_constat (inspection_id);

create table injonction (
    id                 bigserial   primary key,
    inspection_id      bigint      not null references inspection (id) on delete cascade,
    texte              text        not null,
    echeance           date        not null,
    statut             varchar(10) not null default 'OUVERTE' check (statut in ('OUVERTE', 'LEVEE', 'NON_LEVEE')),
    -- each reminder is sent once (the daily job catches up missed days)
    rappel_organisateur_le timestamptz,
    rappel_agent_le    timestamptz,
    cree_le            timestamptz not null,
    modifie_le         timestamptz not null,
    version            integer     not null default 0
);
create index injonction_inspection_idx on injonction (inspection_id);
-- the daily job: the open injunctions by due date
create index injonction_ouverte_echeance_idx on injonction (echeance) where statut = 'OUVERTE';
