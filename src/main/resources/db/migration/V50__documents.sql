-- Documents (spec §2.11): description and content apart, so that lists never read the bytes.
create table document (
    id                uuid primary key,
    categorie         varchar(40)  not null,
    nom               varchar(100) not null,
    type_mime         varchar(30)  not null check (type_mime in ('application/pdf', 'image/png', 'image/jpeg')),
    taille            integer      not null check (taille between 1 and 5000000),
    sha256            char(64)     not null,
    depose_portail    varchar(2)   not null check (depose_portail in ('FO', 'BO')),
    depose_par        bigint       not null,
    depose_le         timestamptz  not null,
    -- the object the document belongs to, set when a form that references it is saved (AccesDocuments)
    rattachement_type varchar(40),
    rattachement_id   bigint,
    check ((rattachement_type is null) = (rattachement_id is null))
);
create index document_rattachement_idx on document (rattachement_type, rattachement_id);
create index document_depose_par_idx on document (depose_portail, depose_par) where rattachement_type is null;

create table document_contenu (
    document_id uuid primary key references document (id) on delete cascade,
    contenu     bytea not null
);
