-- Fiche organisateur (spec §2.5, §3.3): the organisme, its versioned identity, its établissements secondaires,
-- its protocols, its members and the history of every change.

create table organisme (
    id          bigserial   primary key,
    type        varchar(20) not null check (type in ('PERSONNE_MORALE', 'PERSONNE_PHYSIQUE')),
    siret       char(14)    not null,
    siren       char(9)     not null,
    -- PM: siège social (porteur d'agrément) or établissement secondaire; always true for a PP
    porteur_agrement boolean not null,
    complet     boolean     not null default false,
    supprime    boolean     not null default false,
    cree_le     timestamptz not null,
    modifie_le  timestamptz not null,
    version     integer     not null default 0
);
create unique index organisme_siret_uk on organisme (siret) where not supprime;
create index organisme_siren_idx on organisme (siren) where not supprime;

-- A user belongs to at most one organisme (spec §1.1); the link is made when step 1 is first saved.
create table organisme_membre (
    organisateur_id bigint primary key references organisateur (id),
    organisme_id    bigint not null references organisme (id),
    cree_le         timestamptz not null
);
create index organisme_membre_organisme_idx on organisme_membre (organisme_id);

-- Identity: one row per version, the current one flagged (a SIRET or identity change makes a new version).
create table organisme_identite (
    id                    bigserial    primary key,
    organisme_id          bigint       not null references organisme (id),
    courante              boolean      not null,
    siret                 char(14)     not null,
    -- from INSEE (true) or typed by hand while the API was unavailable (false: "non vérifié" for agents)
    verifiee              boolean      not null,
    -- personne morale
    raison_sociale        varchar(200),
    nom_commercial        varchar(200),
    categorie_juridique   varchar(4),
    adresse               varchar(300),
    pays                  varchar(60),
    email                 varchar(255),
    telephone             varchar(20),
    siege_social          boolean,
    etab_principal_siret  char(14),
    resp_nom              varchar(100),
    resp_prenom           varchar(100),
    resp_fonction         varchar(100),
    resp_email            varchar(255),
    resp_telephone        varchar(20),
    resp_adresse          varchar(300),
    resp_adresse_code_insee varchar(5),
    resp_adresse_code_postal varchar(5),
    -- personne physique
    nom_naissance         varchar(100),
    nom_usage             varchar(100),
    prenom                varchar(100),
    profession            varchar(1),
    adresse_domicile      varchar(300),
    adresse_identique     boolean,
    adresse_siege         varchar(300),
    latitude              double precision,
    longitude             double precision,
    cree_le               timestamptz  not null,
    cree_par              bigint
);
create unique index organisme_identite_courante_uk on organisme_identite (organisme_id) where courante;
create index organisme_identite_siret_idx on organisme_identite (siret);
create index organisme_identite_raison_idx on organisme_identite (lower(raison_sociale)) where courante;

create table organisme_representant (
    identite_id bigint       not null references organisme_identite (id),
    rang        integer      not null,
    nom         varchar(200) not null,
    prenom      varchar(100),
    fonction    varchar(100) not null,
    primary key (identite_id, rang)
);

-- Établissements secondaires of a siège (from INSEE), each enabled or not to organise stays.
create table organisme_etablissement (
    organisme_id  bigint       not null references organisme (id),
    siret         char(14)     not null,
    denomination  varchar(200),
    adresse       varchar(300),
    code_postal   varchar(5),
    commune       varchar(100),
    actif         boolean      not null,
    autorise      boolean      not null default false check (actif or not autorise),
    maj_le        timestamptz  not null,
    primary key (organisme_id, siret)
);
create index organisme_etablissement_siret_idx on organisme_etablissement (siret) where autorise;

create table organisme_protocole_transport (
    organisme_id                bigint      primary key references organisme (id),
    responsables                varchar(20)[] not null,
    modes                       varchar(20)[] not null,
    precision_mode_organisation text,
    deplacement_durant_sejour   boolean     not null,
    vehicules_adaptes           boolean,
    precision_vehicules         text,
    modifie_le                  timestamptz not null
);

create table organisme_protocole_sanitaire (
    organisme_id                     bigint      primary key references organisme (id),
    dispositions_specifiques         boolean     not null,
    precision_dispositions           text,
    constitution_equipe              varchar(20)[] not null,
    precision_equipe                 text,
    accord_cabinet                   boolean     not null,
    precision_cabinet                text,
    trousse_pharmacie                boolean     not null,
    responsables_medicaments         varchar(20)[] not null,
    precision_medicaments            text,
    stockage_securise                boolean     not null,
    precision_stockage               text,
    conservation_thermosensibles     boolean     not null,
    individualisation_traitements    boolean     not null,
    precision_individualisation      text,
    preparation_piluliers            varchar(20) not null,
    precision_piluliers              text,
    prescription_jointe              boolean     not null,
    protocole_modification           boolean     not null,
    precision_modification           text,
    fiche_suivi                      boolean     not null,
    protocole_evacuation             boolean     not null,
    precision_evacuation             text,
    protocole_accident               boolean     not null,
    precision_accident               text,
    protocole_reorientation          boolean     not null,
    precision_reorientation          text,
    protocole_canicule               boolean     not null,
    precision_canicule               text,
    gestion_budget_personnel         text        not null,
    modifie_le                       timestamptz not null
);

-- Every change of the fiche, field by field (the "Historique" tab).
create table organisme_historique (
    id            bigserial    primary key,
    organisme_id  bigint       not null references organisme (id),
    section       varchar(20)  not null,
    champ         varchar(60)  not null,
    avant         text,
    apres         text,
    auteur        varchar(300) not null,
    cree_le       timestamptz  not null
);
create index organisme_historique_idx on organisme_historique (organisme_id, cree_le desc, id desc);
