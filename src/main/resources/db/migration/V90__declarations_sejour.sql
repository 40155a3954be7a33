-- Déclarations de séjour (spec §2.8, §3.6; ADR 0015). The columns the lists filter and sort on are plain columns;
-- each step's content is a JSON document written and read whole by the module (records in fr.vao.sejour).
create sequence declaration_numero_seq;

create table declaration_sejour (
    id                   bigserial    primary key,
    numero               varchar(30)  unique,
    statut               varchar(40)  not null check (statut in ('BROUILLON', 'TRANSMISE', 'EN COURS', 'A MODIFIER',
                             'REFUSEE', 'EN ATTENTE DECLARATION 8 JOURS', 'TRANSMISE 8J', 'EN COURS 8J', 'A MODIFIER 8J',
                             'REFUSEE 8J', 'VALIDEE 8J', 'SEJOUR EN COURS', 'TERMINEE', 'ANNULEE', 'ABANDONNEE')),
    organisme_id         bigint       not null references organisme (id),
    departement_suivi    varchar(4)   references territoire (code),
    libelle              varchar(100) not null,
    date_debut           date         not null,
    date_fin             date         not null,
    periode              varchar(10)  not null check (periode in ('hiver', 'printemps', 'ete', 'automne')),
    effectif             integer,
    itinerant            boolean      not null default false,
    sejour_etranger      boolean,
    responsable          jsonb        not null,
    vacanciers           jsonb        not null,
    personnel            jsonb        not null,
    projet               jsonb        not null,
    transport            jsonb,
    sanitaire            jsonb,
    attestation          jsonb,
    -- the organisme as it was when the déclaration was created (name, SIRET, agrément), for the PDFs and agents
    organisme_instantane jsonb        not null,
    -- the 2-month content frozen at its registration (spec §2.8.4), shown beside the 8-day data
    declaration_2m       jsonb,
    rappel_8j_envoye     boolean      not null default false,
    version              integer      not null default 0,
    cree_par             bigint       not null,
    cree_le              timestamptz  not null,
    modifie_le           timestamptz  not null,
    transmise_le         timestamptz,
    check (date_fin > date_debut)
);
-- the organiser's list: its organisme's (or its SIREN's) déclarations, last edited first
create index declaration_organisme_idx on declaration_sejour (organisme_id, modifie_le desc);
-- the daily jobs: déclarations by status and dates
create index declaration_statut_debut_idx on declaration_sejour (statut, date_debut);

-- Step 7: the hébergements of the stay in order, each pointing to the version (row) chosen, with its dates.
create table declaration_hebergement (
    declaration_id       bigint       not null references declaration_sejour (id) on delete cascade,
    ordre                smallint     not null,
    hebergement_id       uuid         not null,
    hebergement_version  bigint       not null references hebergement (id),
    nom                  varchar(80)  not null,
    departement          varchar(4)   not null references territoire (code),
    date_debut           date         not null,
    date_fin             date         not null,
    mode_transport       varchar(500),
    primary key (declaration_id, ordre),
    check (date_fin > date_debut)
);
create index declaration_hebergement_version_idx on declaration_hebergement (hebergement_version);

-- Every event of a déclaration (spec §2.8.9 Historique): who, when, what, with its details.
create table declaration_historique (
    id                   bigserial    primary key,
    declaration_id       bigint       not null references declaration_sejour (id) on delete cascade,
    le                   timestamptz  not null,
    source               varchar(100) not null,
    organisateur_id      bigint,
    agent_id             bigint,
    type                 varchar(60)  not null,
    type_precision       varchar(200),
    metadonnees          jsonb
);
create index declaration_historique_idx on declaration_historique (declaration_id, le);

-- Where agents see a déclaration (ADR 0015): one row per territory code (départements of its hébergements, their
-- régions, the région of the organiser's agrément), maintained with the déclaration; none while it is a draft.
create table declaration_visibilite (
    territoire           varchar(4)   not null references territoire (code),
    declaration_id       bigint       not null references declaration_sejour (id) on delete cascade,
    primary key (territoire, declaration_id)
);
create index declaration_visibilite_declaration_idx on declaration_visibilite (declaration_id);
