-- The agents' list of déclarations at national volume (issue 4 point 12, ADR 0020): the visibility table carries the
-- columns the list filters and sorts on, so that a page is a range of one index, and a table of counters per territory
-- and status answers the list's counters and the dashboards without counting rows. Both are maintained by triggers,
-- whatever writes the déclaration (the organiser, an agent, a daily job, the demo data or the benchmark's generator).

-- 1. Every déclaration visible somewhere is visible nationally: a row 'FRA' (the national agents' list).
insert into declaration_visibilite (territoire, declaration_id)
select distinct 'FRA', declaration_id from declaration_visibilite
on conflict do nothing;

-- 2. The list's columns, copied from the déclaration.
alter table declaration_visibilite
    add column statut      varchar(40),
    add column date_debut  date,
    add column modifie_le  timestamptz,
    add column numero      varchar(30);
update declaration_visibilite v set statut = d.statut, date_debut = d.date_debut, modifie_le = d.modifie_le,
    numero = d.numero
from declaration_sejour d where d.id = v.declaration_id;
alter table declaration_visibilite alter column statut set not null, alter column date_debut set not null,
    alter column modifie_le set not null;

create index declaration_visibilite_modifie_idx on declaration_visibilite (territoire, modifie_le, declaration_id);
create index declaration_visibilite_debut_idx on declaration_visibilite (territoire, date_debut, declaration_id);
create index declaration_visibilite_numero_idx on declaration_visibilite (territoire, numero, declaration_id);
create index declaration_visibilite_statut_idx on declaration_visibilite (territoire, statut, modifie_le,
    declaration_id);

create function declaration_visibilite_remplir() returns trigger language plpgsql as $$
begin
    select d.statut, d.date_debut, d.modifie_le, d.numero
    into new.statut, new.date_debut, new.modifie_le, new.numero
    from declaration_sejour d where d.id = new.declaration_id;
    return new;
end $$;
create trigger declaration_visibilite_remplir before insert on declaration_visibilite
    for each row execute function declaration_visibilite_remplir();

-- statement-level: a bulk insert adds its national rows in one statement (and so counts them once, below)
create function declaration_visibilite_nationale() returns trigger language plpgsql as $$
begin
    -- the national rows' own insert fires this trigger again: it stops there
    if exists (select 1 from nouveaux where territoire <> 'FRA') then
        insert into declaration_visibilite (territoire, declaration_id)
        select distinct 'FRA', declaration_id from nouveaux where territoire <> 'FRA'
        on conflict do nothing;
    end if;
    return null;
end $$;
create trigger declaration_visibilite_nationale after insert on declaration_visibilite
    referencing new table as nouveaux for each statement execute function declaration_visibilite_nationale();

create function declaration_sejour_liste() returns trigger language plpgsql as $$
begin
    update declaration_visibilite set statut = new.statut, date_debut = new.date_debut,
        modifie_le = new.modifie_le, numero = new.numero
    where declaration_id = new.id;
    return null;
end $$;
create trigger declaration_sejour_liste after update of statut, date_debut, modifie_le, numero
    on declaration_sejour for each row execute function declaration_sejour_liste();

-- 3. Counters per territory and status.
create table declaration_compteur (
    territoire varchar(4)  not null references territoire (code),
    statut     varchar(40) not null,
    nombre     bigint      not null,
    primary key (territoire, statut)
);
insert into declaration_compteur (territoire, statut, nombre)
select territoire, statut, count(*) from declaration_visibilite group by territoire, statut;

-- Statement-level, with transition tables: one upsert per (territory, status) a statement changes, so that a bulk
-- change does not update the same counter row once per row (each update of a row in one transaction lengthens the
-- chain of its versions that the next one walks).
create function declaration_compteur_insertion() returns trigger language plpgsql as $$
begin
    insert into declaration_compteur (territoire, statut, nombre)
    select territoire, statut, count(*) from nouveaux group by territoire, statut
    on conflict (territoire, statut) do update set nombre = declaration_compteur.nombre + excluded.nombre;
    return null;
end $$;
create trigger declaration_compteur_insertion after insert on declaration_visibilite
    referencing new table as nouveaux for each statement execute function declaration_compteur_insertion();

create function declaration_compteur_suppression() returns trigger language plpgsql as $$
begin
    update declaration_compteur c set nombre = c.nombre - a.n
    from (select territoire, statut, count(*) n from anciens group by territoire, statut) a
    where c.territoire = a.territoire and c.statut = a.statut;
    return null;
end $$;
create trigger declaration_compteur_suppression after delete on declaration_visibilite
    referencing old table as anciens for each statement execute function declaration_compteur_suppression();

create function declaration_compteur_modification() returns trigger language plpgsql as $$
begin
    insert into declaration_compteur (territoire, statut, nombre)
    select territoire, statut, sum(delta) from (
        select territoire, statut, -1 delta from anciens
        union all
        select territoire, statut, 1 from nouveaux) x
    group by territoire, statut having sum(delta) <> 0
    on conflict (territoire, statut) do update set nombre = declaration_compteur.nombre + excluded.nombre;
    return null;
end $$;
create trigger declaration_compteur_modification after update on declaration_visibilite
    referencing old table as anciens new table as nouveaux
    for each statement execute function declaration_compteur_modification();
