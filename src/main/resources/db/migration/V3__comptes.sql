-- Accounts of both portals: organisers (portail organisateur) and agents (portail administration).

create table organisateur (
    id                           bigserial    primary key,
    email                        varchar(255) not null check (email = lower(email)),
    mot_de_passe                 varchar(100),
    nom                          varchar(100) not null,
    prenom                       varchar(100) not null,
    telephone                    varchar(20)  not null,
    siret                        char(14)     not null,
    siret_verifie                boolean      not null default false,
    region_code                  varchar(4)   references territoire (code),
    statut                       varchar(30)  not null check (statut in
        ('NEED_EMAIL_VALIDATION', 'NEED_SIRET_VALIDATION', 'VALIDATED', 'BLOCKED', 'TEMPORARY_BLOCKED')),
    cgu_acceptees_le             timestamptz,
    derniere_connexion_le        timestamptz,
    motif_refus                  text,
    traite_par_agent_id          bigint,
    traite_par_organisateur_id   bigint,
    traite_le                    timestamptz,
    inactivite_notifiee_le       timestamptz,
    bloque_temporairement_le     timestamptz,
    suppression_alertee_le       timestamptz,
    suppression_rappelee_le      timestamptz,
    suppression_prevue_le        date,
    cree_le                      timestamptz  not null default now(),
    modifie_le                   timestamptz  not null default now(),
    version                      integer      not null default 0
);
create unique index organisateur_email_uk on organisateur (email);
create index organisateur_a_valider_idx on organisateur (region_code, cree_le) where statut = 'NEED_SIRET_VALIDATION';
create index organisateur_siret_idx on organisateur (siret);

create table agent (
    id                     bigserial    primary key,
    email                  varchar(255) not null check (email = lower(email)),
    mot_de_passe           varchar(100),
    nom                    varchar(100) not null,
    prenom                 varchar(100) not null,
    territoire_code        varchar(4)   not null references territoire (code),
    active_le              timestamptz,
    desactive              boolean      not null default false,
    desactive_par_agent_id bigint       references agent (id),
    desactive_le           timestamptz,
    cgu_acceptees_le       timestamptz,
    derniere_connexion_le  timestamptz,
    cree_par_agent_id      bigint       references agent (id),
    cree_le                timestamptz  not null default now(),
    modifie_le             timestamptz  not null default now(),
    version                integer      not null default 0
);
create unique index agent_email_uk on agent (email);
create index agent_territoire_idx on agent (territoire_code);
create index agent_nom_idx on agent (lower(nom), lower(prenom));

create table agent_role (
    agent_id bigint      not null references agent (id),
    role     varchar(40) not null check (role in
        ('DemandeSejour_Ecriture', 'DemandeSejour_Lecture', 'Compte', 'Desactivation', 'eig', 'Agrement', 'Controle')),
    primary key (agent_id, role)
);

-- Failed logins per portal and e-mail (also for e-mails that match no account)
create table tentative_connexion (
    portail          varchar(2)   not null check (portail in ('FO', 'BO')),
    email            varchar(255) not null,
    echecs           integer      not null default 0,
    dernier_echec_le timestamptz  not null,
    primary key (portail, email)
);

-- Single-use links sent by e-mail (only their SHA-256 hash is stored)
create table jeton (
    id              bigserial    primary key,
    hash            char(64)     not null unique,
    portail         varchar(2)   not null check (portail in ('FO', 'BO')),
    utilisateur_id  bigint       not null,
    usage           varchar(30)  not null check (usage in ('VALIDATION_EMAIL', 'ACTIVATION', 'REINITIALISATION')),
    expire_le       timestamptz  not null,
    utilise_le      timestamptz,
    cree_le         timestamptz  not null default now()
);
create index jeton_utilisateur_idx on jeton (portail, utilisateur_id, usage);

-- Second factor: one pending code per user
create table code_verification (
    portail         varchar(2)   not null check (portail in ('FO', 'BO')),
    utilisateur_id  bigint       not null,
    code_hash       char(64)     not null,
    expire_le       timestamptz  not null,
    echecs          integer      not null default 0,
    bloque_jusqu_au timestamptz,
    primary key (portail, utilisateur_id)
);

-- "Faire confiance à cet appareil": 30 days, ended by a password reset
create table appareil_confiance (
    hash            char(64)     primary key,
    portail         varchar(2)   not null check (portail in ('FO', 'BO')),
    utilisateur_id  bigint       not null,
    expire_le       timestamptz  not null
);
create index appareil_confiance_utilisateur_idx on appareil_confiance (portail, utilisateur_id);
