-- Lists and counters around the déclarations de séjour (issue 4 point 7, ADR 0019).

-- the organiser's home counters: one grouped count per status over its organismes, from the index alone
create index declaration_organisme_statut_idx on declaration_sejour (organisme_id, statut);

-- "Hébergements liés à des séjours": the links of the agent's départements, grouped by hébergement
create index declaration_hebergement_departement_idx on declaration_hebergement (departement, hebergement_id);
-- the same for a national agent, and the hébergements' own lookups
create index declaration_hebergement_hebergement_idx on declaration_hebergement (hebergement_id);

-- Read model of the déclarations per organisme (spec §2.13, §2.14: the agents' organismes and "Utilisateurs OVA"
-- lists, sortable on it, and their CSV): one row per organisme, its number of non-draft déclarations and its number
-- per status, kept by triggers in the transaction of each insert, status change or deletion, so that the lists join
-- it on its key instead of counting the déclarations of every row (ADR 0019). Owned by the sejour module; the
-- organisme module only reads it.
create table declaration_compteur_organisme (
    organisme_id         bigint       primary key references organisme (id),
    -- the déclarations agents see: all but the drafts
    total                integer      not null default 0,
    -- {"TRANSMISE": 2, "BROUILLON": 1, ...}: every status, drafts included
    par_statut           jsonb        not null default '{}'
);

create function declaration_compteur_ajouter(p_organisme bigint, p_statut varchar, p_delta integer)
returns void language sql as $$
    insert into declaration_compteur_organisme as c (organisme_id, total, par_statut)
    values (p_organisme, case when p_statut <> 'BROUILLON' then p_delta else 0 end,
            jsonb_build_object(p_statut, p_delta))
    on conflict (organisme_id) do update set
        total = c.total + case when p_statut <> 'BROUILLON' then p_delta else 0 end,
        par_statut = c.par_statut
            || jsonb_build_object(p_statut, coalesce((c.par_statut ->> p_statut)::integer, 0) + p_delta)
$$;

create function declaration_compteur_maj() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform declaration_compteur_ajouter(old.organisme_id, old.statut, -1);
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        perform declaration_compteur_ajouter(new.organisme_id, new.statut, 1);
    end if;
    return null;
end
$$;

create trigger declaration_compteur_creation after insert or delete on declaration_sejour
    for each row execute function declaration_compteur_maj();
create trigger declaration_compteur_changement after update of statut, organisme_id on declaration_sejour
    for each row when (old.statut is distinct from new.statut or old.organisme_id is distinct from new.organisme_id)
    execute function declaration_compteur_maj();

insert into declaration_compteur_organisme (organisme_id, total, par_statut)
select organisme_id, coalesce(sum(n) filter (where statut <> 'BROUILLON'), 0), jsonb_object_agg(statut, n)
from (select organisme_id, statut, count(*)::integer n from declaration_sejour group by organisme_id, statut) s
group by organisme_id;
