-- Contrôle of the stays (issue 6): one row per inspection of a déclaration de séjour at one of its hébergements.
-- The columns the planning, the lists and the statistics filter on are plain columns; the checklist, findings and
-- conclusion come with the inspection's own migrations.
create table inspection (
    id               bigserial    primary key,
    declaration_id   bigint       not null references declaration_sejour (id) on delete cascade,
    organisme_id     bigint       not null references organisme (id),
    -- the hébergement visited (its stable id, as declaration_hebergement.hebergement_id) and its département
    hebergement_id   uuid,
    departement      varchar(4)   not null references territoire (code),
    statut           varchar(20)  not null check (statut in ('PLANIFIEE', 'REALISEE', 'RAPPORT_ENVOYE', 'CLOTUREE',
                         'ANNULEE')),
    -- an unannounced inspection is never shown to the organiser before its report is sent (issue 6 decision)
    annoncee         boolean      not null default false,
    date_prevue      date         not null,
    date_realisee    date,
    rapport_envoye_le timestamptz,
    cree_par         bigint       not null,
    cree_le          timestamptz  not null,
    modifie_le       timestamptz  not null,
    version          integer      not null default 0
);
-- the planning's "never inspected" and "EIG on earlier stays" criteria, and the organiser's history
create index inspection_organisme_idx on inspection (organisme_id, statut);
create index inspection_declaration_idx on inspection (declaration_id);
-- the agents' lists and the statistics: by département, state and date
create index inspection_departement_idx on inspection (departement, statut, date_prevue);
