-- Messagerie (spec §2.10, ADR 0018): one thread (fil) per object, a déclaration de séjour now ('declaration'), an
-- agrément later. Each message is written by an organiser or by an agent, never both.
create table message (
    id               bigserial     primary key,
    fil_type         varchar(20)   not null check (fil_type in ('declaration')),
    fil_id           bigint        not null,
    organisateur_id  bigint,
    agent_id         bigint,
    -- the author's name when the message was written (shown in the thread; accounts may be renamed or deleted)
    auteur           varchar(200)  not null,
    texte            varchar(1000),
    document_id      uuid          references document (id),
    cree_le          timestamptz   not null,
    -- when the other side first opened the thread after this message
    lu_le            timestamptz,
    check ((organisateur_id is null) <> (agent_id is null)),
    check (texte is not null or document_id is not null)
);
create index message_fil_idx on message (fil_type, fil_id, cree_le);

-- The read model of each thread, maintained in the transaction of every post and read (never computed by
-- correlated sub-queries in the lists): the number of messages and who wrote the latest one, and whether it was read.
create table fil_message (
    fil_type          varchar(20)  not null,
    fil_id            bigint       not null,
    nombre            integer      not null,
    dernier_le        timestamptz  not null,
    dernier_de        varchar(12)  not null check (dernier_de in ('ORGANISATEUR', 'AGENT')),
    dernier_lu        boolean      not null,
    -- the state as each side sees it, in the order of the lists: 1 NON LU, 2 LU, 3 REPONDU
    etat_agent        smallint     generated always as (case when dernier_de = 'AGENT' then 3
                                                             when dernier_lu then 2 else 1 end) stored,
    etat_organisateur smallint     generated always as (case when dernier_de = 'ORGANISATEUR' then 3
                                                             when dernier_lu then 2 else 1 end) stored,
    primary key (fil_type, fil_id)
);
-- the agents' Messagerie page and the "état des messages" sort: by state, then the newest first
create index fil_message_agent_idx on fil_message (fil_type, etat_agent, dernier_le desc);
create index fil_message_date_idx on fil_message (fil_type, dernier_le desc);
