-- API tokens (ADR 0033): the JWT itself is never stored, only its id (jti) and what the organiser sees in
-- "Mon compte" > "Jetons d'API". A token is accepted only while its row exists, is not revoked and not expired.
create table jeton_api (
    jti              uuid         primary key,
    organisateur_id  bigint       not null references organisateur (id) on delete cascade,
    libelle          varchar(100) not null,
    cree_le          timestamptz  not null,
    expire_le        timestamptz  not null,
    revoque_le       timestamptz,
    revoque_par      varchar(300),
    utilise_le       timestamptz,
    check (expire_le > cree_le)
);
create index jeton_api_organisateur_idx on jeton_api (organisateur_id, cree_le desc);
