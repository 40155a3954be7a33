-- Append-only, tamper-evident audit log of security events. Each row carries the hash of the previous row
-- (hash chain); updates and deletes are refused by the database.
create table journal_audit (
    id              bigserial    primary key,
    horodatage      timestamptz  not null,
    type            varchar(40)  not null,
    acteur          varchar(300),
    cible           varchar(300),
    details         text,
    adresse_ip      varchar(45),
    hash_precedent  char(64)     not null,
    hash            char(64)     not null unique
);
create index journal_audit_horodatage_idx on journal_audit (horodatage desc);
create index journal_audit_type_idx on journal_audit (type, horodatage desc);

create function journal_audit_immuable() returns trigger language plpgsql as $$
begin
    raise exception 'Le journal d''audit est en ajout seul : % refusé', tg_op;
end;
$$;
create trigger journal_audit_sans_modification before update or delete on journal_audit
    for each row execute function journal_audit_immuable();
create trigger journal_audit_sans_vidage before truncate on journal_audit
    for each statement execute function journal_audit_immuable();
