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

create function statistique_actualiser(p_le timestamptz) returns void language sql as $$
    delete from stat_sejour;
    insert into stat_sejour
    select s.declaration_id, 'SUIVI', s.departement_suivi, t.parent_code, extract(year from s.date_debut),
           extract(month from s.date_debut), s.periode, s.statut, s.itinerant, s.vacanciers, s.femmes, s.hommes,
           s.encadrants, s.tranches_age, s.deficiences, i.declaration_id is not null
    from sejour_statistique s join territoire t on t.code = s.departement_suivi
    left join (select distinct declaration_id from inspection where statut <> 'ANNULEE') i
        on i.declaration_id = s.declaration_id;
    insert into stat_sejour
    select s.declaration_id, 'HEBERGEMENT', h.departement, t.parent_code, extract(year from s.date_debut),
           extract(month from s.date_debut), s.periode, s.statut, s.itinerant, s.vacanciers, s.femmes, s.hommes,
           s.encadrants, s.tranches_age, s.deficiences, false
    from sejour_statistique s join sejour_statistique_hebergement h on h.declaration_id = s.declaration_id
    join territoire t on t.code = h.departement;

    delete from stat_sejour_cube;
    insert into stat_sejour_cube
    select annee, mois, rattachement, departement, region, saison, statut, count(*), sum(vacanciers), sum(femmes),
           sum(hommes), sum(encadrants), count(*) filter (where inspecte),
           count(*) filter (where '18_39' = any (tranches_age)), count(*) filter (where '40_59' = any (tranches_age)),
           count(*) filter (where '59_et_plus' = any (tranches_age)),
           count(*) filter (where 'auditif' = any (deficiences)), count(*) filter (where 'visuel' = any (deficiences)),
           count(*) filter (where 'mental' = any (deficiences)), count(*) filter (where 'moteur' = any (deficiences)),
           count(*) filter (where 'polyhandicap' = any (deficiences))
    from stat_sejour group by annee, mois, rattachement, departement, region, saison, statut;

    delete from stat_agrement;
    insert into stat_agrement
    select a.id, a.region_obtention, extract(year from a.date_depot), extract(month from a.date_depot), a.statut,
           a.date_decision is not null and a.statut in ('VALIDE', 'REFUSE'),
           coalesce(v.statut = 'FINISHED', false),
           case when a.date_decision is not null then a.date_decision - a.date_depot end,
           case when a.date_decision is not null then a.date_decision - a.date_depot - coalesce(p.pauses, 0) end
    from agrement a
    left join agrement_sva v on v.agrement_id = a.id
    left join (select agrement_id,
                      (max(coalesce(fin, current_date)) - min(debut)) - sum(coalesce(fin, current_date) - debut) pauses
               from agrement_sva_periode group by agrement_id) p on p.agrement_id = a.id
    where not a.supprime and a.type_depot <> 'EXISTANT' and a.date_depot is not null
      and a.region_obtention is not null;

    delete from stat_organisme_region;
    insert into stat_organisme_region
    select region_obtention, count(distinct organisme_id) from agrement
    where statut = 'VALIDE' and not supprime and region_obtention is not null group by region_obtention;

    delete from stat_hebergement;
    insert into stat_hebergement
    select h.departement, t.parent_code, count(*) from hebergement h join territoire t on t.code = h.departement
    where h.courante and h.statut = 'actif' group by h.departement, t.parent_code;

    delete from stat_eig;
    insert into stat_eig
    select e.id, et.type_code, e.departement, t.parent_code, extract(year from e.date_incident),
           extract(month from e.date_incident)
    from eig e join eig_eig_type et on et.eig_id = e.id join territoire t on t.code = e.departement
    where e.statut in ('ENVOYE', 'LU');

    delete from stat_inspection;
    insert into stat_inspection
    select i.id, i.declaration_id, i.departement, t.parent_code, extract(year from i.date_prevue),
           extract(month from i.date_prevue), i.statut
    from inspection i join territoire t on t.code = i.departement;

    insert into stat_actualisation (id, le) values (1, p_le) on conflict (id) do update set le = excluded.le;
$$;
