-- Cross-cutting tables: HTTP sessions (Spring Session JDBC), job locks (ShedLock), the Spring Modulith event
-- publication registry, feature flags, scheduled-job runs, the mail outbox and the audit log.

-- Spring Session JDBC (copied from spring-session-jdbc 4.0.4, schema-postgresql.sql)
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);
create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);

-- ShedLock: a scheduled job runs once across replicas
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- Spring Modulith event publication registry (spring-modulith-events-jdbc 2.0.3, schemas/v2/schema-postgresql.sql)
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- Feature flags: active when enabled, or when today is between date_debut and date_fin
create table fonctionnalite (
    code        varchar(50)  primary key,
    libelle     varchar(255) not null,
    active      boolean      not null default false,
    date_debut  timestamptz,
    date_fin    timestamptz,
    modifie_le  timestamptz  not null default now(),
    modifie_par varchar(255),
    version     integer      not null default 0
);
insert into fonctionnalite (code, libelle) values
    ('AUTH_2FA', 'Second facteur par code envoyé par courriel à la connexion'),
    ('RENOUVELLEMENT_AGREMENT', 'Demande et renouvellement d''agrément en ligne');

-- Runs of the scheduled jobs, with their report
create table execution_tache (
    id         bigserial    primary key,
    tache      varchar(64)  not null,
    debut      timestamptz  not null,
    fin        timestamptz,
    resultat   varchar(10)  not null check (resultat in ('EN_COURS', 'SUCCES', 'ECHEC')),
    traites    integer      not null default 0,
    courriels  integer      not null default 0,
    erreurs    integer      not null default 0,
    rapport    text
);
create index execution_tache_tache_debut_idx on execution_tache (tache, debut desc);

-- Mail outbox: written in the same transaction as the state change it reports
create table courriel (
    id                bigserial    primary key,
    modele            varchar(100) not null,
    destinataires     text         not null,
    sujet             varchar(255) not null,
    corps_html        text         not null,
    corps_texte       text         not null,
    statut            varchar(10)  not null default 'A_ENVOYER'
                      check (statut in ('A_ENVOYER', 'ENVOI', 'ENVOYE', 'ECHEC')),
    tentatives        integer      not null default 0,
    prochain_essai_le timestamptz  not null default now(),
    derniere_erreur   text,
    cree_le           timestamptz  not null default now(),
    envoye_le         timestamptz,
    version           integer      not null default 0
);
create index courriel_a_envoyer_idx on courriel (prochain_essai_le) where statut = 'A_ENVOYER';
create index courriel_statut_cree_idx on courriel (statut, cree_le desc);
