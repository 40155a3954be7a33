-- Statistiques (issue 6 points 3 to 5, ADR 0031): read models rebuilt whole, set-based, by statistique_actualiser()
-- (the nightly job STATISTIQUES and a national agent's "Actualiser"); the dashboards group them on their indexes and
-- never read the déclarations themselves.

-- Owned by the sejour module: the counted stays (VALIDEE 8J, SEJOUR EN COURS, TERMINEE) with their latest (8-day)
-- data, so that the statistics depend on this view and not on the déclaration's JSON layout.
create view sejour_statistique as
select d.id as declaration_id, d.organisme_id, d.departement_suivi, d.statut, d.date_debut, d.periode, d.itinerant,
       coalesce((d.vacanciers ->> 'total')::integer, 0) as vacanciers,
       coalesce((d.vacanciers ->> 'femmes')::integer, 0) as femmes,
       coalesce((d.vacanciers ->> 'hommes')::integer, 0) as hommes,
       coalesce((d.personnel ->> 'nombreAccompagnants')::integer, 0)
           + coalesce((d.personnel ->> 'nombreResponsables')::integer, 0) as encadrants,
       coalesce(array(select jsonb_array_elements_text(d.vacanciers -> 'tranchesAge')), '{}') as tranches_age,
       coalesce(array(select jsonb_array_elements_text(d.vacanciers -> 'deficiences')), '{}') as deficiences
from declaration_sejour d
where d.statut in ('VALIDEE 8J', 'SEJOUR EN COURS', 'TERMINEE') and d.departement_suivi is not null;

-- Owned by the sejour module: the départements of the hébergements of the counted itinerant stays.
create view sejour_statistique_hebergement as
select distinct h.declaration_id, h.departement
from declaration_hebergement h join declaration_sejour d on d.id = h.declaration_id
where d.itinerant and d.statut in ('VALIDEE 8J', 'SEJOUR EN COURS', 'TERMINEE');

-- One row per counted stay in its département de suivi (SUIVI), and per hébergement département of an itinerant
-- stay (HEBERGEMENT, shown labelled so, never added to the SUIVI figures).
create table stat_sejour (
    declaration_id   bigint      not null,
    rattachement     varchar(12) not null check (rattachement in ('SUIVI', 'HEBERGEMENT')),
    departement      varchar(4)  not null,
    region           varchar(4)  not null,
    annee            smallint    not null,
    mois             smallint    not null,
    saison           varchar(10) not null,
    statut           varchar(40) not null,
    itinerant        boolean     not null,
    vacanciers       integer     not null,
    femmes           integer     not null,
    hommes           integer     not null,
    encadrants       integer     not null,
    tranches_age     text[]      not null,
    deficiences      text[]      not null,
    -- at least one inspection not cancelled
    inspecte         boolean     not null,
    primary key (declaration_id, rattachement, departement)
);
create index stat_sejour_departement_idx on stat_sejour (annee, rattachement, departement, mois);

-- What the dashboards read: stat_sejour summed per year, month, attachment, département, season and status (a few
-- thousand rows a year nationally instead of one per stay), with the number of stays declaring each age band and
-- deficiency and the number inspected.
create table stat_sejour_cube (
    annee            smallint    not null,
    mois             smallint    not null,
    rattachement     varchar(12) not null,
    departement      varchar(4)  not null,
    region           varchar(4)  not null,
    saison           varchar(10) not null,
    statut           varchar(40) not null,
    sejours          integer     not null,
    vacanciers       bigint      not null,
    femmes           bigint      not null,
    hommes           bigint      not null,
    encadrants       bigint      not null,
    inspectes        integer     not null,
    age_18_39        integer     not null,
    age_40_59        integer     not null,
    age_59_et_plus   integer     not null,
    def_auditif      integer     not null,
    def_visuel       integer     not null,
    def_mental       integer     not null,
    def_moteur       integer     not null,
    def_polyhandicap integer     not null,
    primary key (annee, rattachement, departement, mois, saison, statut)
);
create index stat_sejour_cube_region_idx on stat_sejour_cube (annee, rattachement, region, mois);

-- One row per agrément requested online and deposited: its delays in days, with and without the pauses of the timer.
create table stat_agrement (
    agrement_id      bigint      primary key,
    region           varchar(4)  not null,
    annee            smallint    not null,
    mois             smallint    not null,
    statut           varchar(30) not null,
    decide           boolean     not null,
    silence_vaut_accord boolean  not null,
    delai_jours      integer,
    delai_hors_pauses_jours integer
);
create index stat_agrement_region_idx on stat_agrement (annee, region, mois);

-- Snapshots: organisers holding a valid agrément per région, active hébergements per département.
create table stat_organisme_region (
    region           varchar(4)  primary key,
    agrees           integer     not null
);
create table stat_hebergement (
    departement      varchar(4)  primary key,
    region           varchar(4)  not null,
    actifs           integer     not null
);
create index stat_hebergement_region_idx on stat_hebergement (region);

-- One row per submitted EIG and type, in the département of the incident.
create table stat_eig (
    eig_id           bigint      not null,
    type_code        varchar(60) not null,
    departement      varchar(4)  not null,
    region           varchar(4)  not null,
    annee            smallint    not null,
    mois             smallint    not null,
    primary key (eig_id, type_code)
);
create index stat_eig_departement_idx on stat_eig (annee, departement, mois);
create index stat_eig_region_idx on stat_eig (annee, region, mois);

-- One row per inspection (core table of the contrôle module), on its planned date.
create table stat_inspection (
    inspection_id    bigint      primary key,
    declaration_id   bigint      not null,
    departement      varchar(4)  not null,
    region           varchar(4)  not null,
    annee            smallint    not null,
    mois             smallint    not null,
    statut           varchar(20) not null
);
create index stat_inspection_departement_idx on stat_inspection (annee, departement, mois);
create index stat_inspection_region_idx on stat_inspection (annee, region, mois);

-- When the read models were last rebuilt.
create table stat_actualisation (
    id               smallint    primary key check (id = 1),
    le               timestamptz not null
);

-- The function that rebuilds these read models, statistique_actualiser(le), is created by V141 with the tables it
-- also fills (both migrations came in the same release: one definition, not a copy).
