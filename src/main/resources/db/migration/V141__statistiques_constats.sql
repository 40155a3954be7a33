-- Statistiques: the inspections' findings (issue 6 item 3, ADR 0031), added once the contrôle module's tables
-- (V131) were in main: findings by severity, inspections by conclusion, injunctions by state.

-- Owned by the contrôle module: per inspection, its conclusion and the number of its findings per severity and of
-- its injunctions per state, so that the statistics depend on this view and not on the inspection's tables.
create view inspection_statistique as
select i.id as inspection_id, i.conclusion,
       coalesce(c.mineurs, 0) as constats_mineurs, coalesce(c.majeurs, 0) as constats_majeurs,
       coalesce(c.critiques, 0) as constats_critiques,
       coalesce(j.ouvertes, 0) as injonctions_ouvertes, coalesce(j.levees, 0) as injonctions_levees,
       coalesce(j.non_levees, 0) as injonctions_non_levees
from inspection i
left join (select inspection_id, count(*) filter (where gravite = 'MINEURE') mineurs,
                  count(*) filter (where gravite = 'MAJEURE') majeurs,
                  count(*) filter (where gravite = 'CRITIQUE') critiques
           from inspection_constat group by inspection_id) c on c.inspection_id = i.id
left join (select inspection_id, count(*) filter (where statut = 'OUVERTE') ouvertes,
                  count(*) filter (where statut = 'LEVEE') levees,
                  count(*) filter (where statut = 'NON_LEVEE') non_levees
           from injonction group by inspection_id) j on j.inspection_id = i.id;

-- One row per inspection not cancelled, on its planned date in its département (as stat_inspection): its conclusion
-- (null until concluded) and its findings and injunctions counted.
create table stat_inspection_constat (
    inspection_id          bigint      primary key,
    departement            varchar(4)  not null,
    region                 varchar(4)  not null,
    annee                  smallint    not null,
    mois                   smallint    not null,
    conclusion             varchar(30),
    constats_mineurs       integer     not null,
    constats_majeurs       integer     not null,
    constats_critiques     integer     not null,
    injonctions_ouvertes   integer     not null,
    injonctions_levees     integer     not null,
    injonctions_non_levees integer     not null
);
create index stat_inspection_constat_departement_idx on stat_inspection_constat (annee, departement, mois);
create index stat_inspection_constat_region_idx on stat_inspection_constat (annee, region, mois);

-- Rebuilds every read model of V140 and this migration in one transaction (ADR 0031); stat_inspection_constat after
-- stat_inspection, which it reads.
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

    delete from stat_inspection_constat;
    insert into stat_inspection_constat
    select s.inspection_id, s.departement, s.region, s.annee, s.mois, c.conclusion, c.constats_mineurs,
           c.constats_majeurs, c.constats_critiques, c.injonctions_ouvertes, c.injonctions_levees,
           c.injonctions_non_levees
    from stat_inspection s join inspection_statistique c on c.inspection_id = s.inspection_id
    where s.statut <> 'ANNULEE';

    insert into stat_actualisation (id, le) values (1, p_le) on conflict (id) do update set le = excluded.le;
$$;
