-- Hébergements (spec §2.7, §3.5): one row per version, the same hebergement_id across versions, the current one
-- flagged. Declarations will point to the row (version) they used; editing an actif one inserts a new row.
create table hebergement (
    id                     bigserial    primary key,
    hebergement_id         uuid         not null,
    courante               boolean      not null,
    statut                 varchar(10)  not null check (statut in ('brouillon', 'actif', 'desactive')),
    organisme_id           bigint       not null references organisme (id),
    nom                    varchar(80),
    nom_gestionnaire       varchar(100),
    -- address, resolved by the server (BAN, or the commune chosen in the manual form)
    adresse_label          varchar(300),
    adresse_code_insee     varchar(5),
    adresse_code_postal    varchar(5),
    departement            varchar(4)   references territoire (code),
    lat                    double precision,
    lon                    double precision,
    cle_ban                varchar(60),
    telephone_1            varchar(20),
    telephone_2            varchar(20),
    email                  varchar(255),
    type                   varchar(30)  check (type in ('hotel', 'meuble_tourisme', 'residence_tourisme', 'camping', 'autre')),
    visite_locaux          boolean,
    visite_locaux_le       date,
    reglementation_erp     boolean,
    fichier_attestation_securite uuid   references document (id),
    fichier_arrete_maire   uuid         references document (id),
    fichier_reponse_exploitant uuid     references document (id),
    accessibilite          varchar(20)  check (accessibilite in ('accessible', 'non_adapte', 'commentaires')),
    accessibilite_precision varchar(2000),
    pension                varchar(30)  check (pension in ('hebergement_seul', 'petit_dejeuner', 'demi_pension', 'pension_complete')),
    prestations            varchar(30)[] not null default '{}',
    description            varchar(2000),
    nombre_lits            integer      check (nombre_lits >= 0),
    nombre_lits_superposes integer      check (nombre_lits_superposes >= 0),
    lit_dessus             boolean,
    nombre_max_personnes_couchage integer check (nombre_max_personnes_couchage >= 0),
    couchage_individuel    boolean,
    rangement_individuel   boolean,
    chambres_unisexes      boolean,
    chambres_doubles       boolean,
    amenagements_specifiques boolean,
    amenagements_precision varchar(2000),
    vehicules_adaptes      boolean,
    deplacement_proximite  varchar(2000),
    excursion              varchar(2000),
    version                integer      not null default 0,
    cree_par               bigint       not null,
    cree_le                timestamptz  not null,
    modifie_par            bigint       not null,
    modifie_le             timestamptz  not null,
    -- an actif one is complete: the server checks every rule before activation, the database keeps the essentials
    check (statut = 'brouillon' or (nom is not null and adresse_code_insee is not null and departement is not null))
);
-- one current row per hébergement
create unique index hebergement_courante_uk on hebergement (hebergement_id) where courante;
-- versions of one hébergement (history, documents of older versions)
create index hebergement_versions_idx on hebergement (hebergement_id);
-- the organiser's list: current rows of its organisme (or of its SIREN's organismes)
create index hebergement_organisme_idx on hebergement (organisme_id, nom) where courante;
-- the back office list: current, active rows of the agent's départements
create index hebergement_departement_idx on hebergement (departement, nom) where courante and statut = 'actif';
-- the back office map: a GiST index on the position as a core PostgreSQL point (no PostGIS needed), so that the
-- bounding-box query (point <@ box) reads only the visible rows, whatever the départements
create index hebergement_position_idx on hebergement using gist (point(lon, lat))
    where courante and statut = 'actif' and lat is not null and lon is not null;
