-- EIG, événements indésirables graves (spec §2.9, §3.7; ADR 0023, 0024). The five sensitive fields (personnel,
-- déroulement and the three dispositions) hold AES-256-GCM ciphertexts prefixed with the id of their key, never clear
-- text: the application encrypts and decrypts them (fr.vao.eig.Chiffrement).

-- The 27 event types in 4 categories (spec §2.9 step 2); VIOLS is kept but not selectable.
create table eig_type (
    code       varchar(60)  primary key,
    categorie  varchar(30)  not null check (categorie in ('VICTIMES', 'SANTE', 'SECURITE', 'FONCTIONNEMENT_ORGANISME')),
    libelle    varchar(200) not null,
    actif      boolean      not null,
    -- "Autre, à préciser": a précision of 5 characters at least is required
    autre      boolean      not null default false,
    ordre      smallint     not null
);
insert into eig_type (code, categorie, libelle, actif, autre, ordre) values
    ('VIOLENCES_SEXUELLES', 'VICTIMES', 'Violences sexuelles', true, false, 1),
    ('VIOLS', 'VICTIMES', 'Viols', false, false, 2),
    ('VIOLENCES_PSYCHOLOGIQUES', 'VICTIMES', 'Violences psychologiques et morales', true, false, 3),
    ('VIOLENCES_PHYSIQUES', 'VICTIMES', 'Violences physiques', true, false, 4),
    ('NON_RESPECT_PRESCRIPTION', 'VICTIMES', 'Non respect de la prescription médicale', true, false, 5),
    ('PRIVATION_DROIT', 'VICTIMES', 'Privation de droit', true, false, 6),
    ('NEGLIGENCE_GRAVE', 'VICTIMES', 'Négligence grave ou erreurs successives', true, false, 7),
    ('MALTRAITANCES_NON_PRECISEES', 'VICTIMES', 'Maltraitances non précisées', true, false, 8),
    ('SUICIDE', 'VICTIMES', 'Suicide (suspecté ou avéré)', true, false, 9),
    ('TENTATIVE_SUICIDE', 'VICTIMES', 'Tentative de suicide', true, false, 10),
    ('VICTIMES_AUTRE', 'VICTIMES', 'Autre, à préciser', true, true, 11),
    ('EPIDEMIE', 'SANTE', 'Épidémie', true, false, 12),
    ('ACCIDENT_CORPOREL', 'SANTE', 'Accident corporel (chute, etc…)', true, false, 13),
    ('SANTE_AUTRE', 'SANTE', 'Autre, à préciser', true, true, 14),
    ('VOLS', 'SECURITE', 'Vols', true, false, 15),
    ('FUGUE', 'SECURITE', 'Fugue', true, false, 16),
    ('ACTES_MALVEILLANCE', 'SECURITE', 'Actes de malveillance', true, false, 17),
    ('INTOXICATION_ALIMENTAIRE', 'SECURITE', 'Intoxication alimentaire', true, false, 18),
    ('DEPART_FEU', 'SECURITE', 'Départ de feu', true, false, 19),
    ('INCENDIE', 'SECURITE', 'Incendie', true, false, 20),
    ('INONDATION', 'SECURITE', 'Inondation', true, false, 21),
    ('SECURITE_AUTRE', 'SECURITE', 'Autre, à préciser', true, true, 22),
    ('PROCEDURES_JUDICIAIRES', 'FONCTIONNEMENT_ORGANISME', 'Procédures judiciaires à l''encontre de personnels', true, false, 23),
    ('DEFAILLANCE_PERSONNELS', 'FONCTIONNEMENT_ORGANISME', 'Défaillance de personnels', true, false, 24),
    ('DEFAILLANCES_TECHNIQUES', 'FONCTIONNEMENT_ORGANISME', 'Défaillances techniques', true, false, 25),
    ('CONFLITS_INTERNES', 'FONCTIONNEMENT_ORGANISME', 'Conflits ou menaces de conflits internes', true, false, 26),
    ('FONCTIONNEMENT_AUTRE', 'FONCTIONNEMENT_ORGANISME', 'Autre, à préciser', true, true, 27);

create table eig (
    id                        bigserial    primary key,
    statut                    varchar(10)  not null check (statut in ('BROUILLON', 'ENVOYE', 'LU')),
    declaration_id            bigint       not null references declaration_sejour (id),
    -- the organisme of the déclaration (the declaring one): who sees and edits it on the organiser's side
    organisme_id              bigint       not null references organisme (id),
    auteur_id                 bigint       not null,
    -- the DDETS that must read it: the département of the incident, among the stay's hébergements'
    departement               varchar(4)   not null references territoire (code),
    -- the DREETS that must read it: the région of the organiser's agrément at submission (none without agrément)
    region_agrement           varchar(4)   references territoire (code),
    date_incident             date         not null,
    -- copied from the déclaration when the stay is chosen, so that both lists filter and sort on this table alone
    declaration_numero        varchar(30),
    sejour_libelle            varchar(100) not null,
    sejour_debut              date         not null,
    sejour_fin                date         not null,
    organisme_nom             varchar(300),
    -- encrypted ("<key id>:<base64 of iv and ciphertext>"): the staff as JSON, the four texts
    personnel                 text,
    deroulement               text,
    disposition_remediation   text,
    disposition_victimes      text,
    disposition_informations  text,
    atteste                   boolean      not null default false,
    emails_autres             varchar(320)[] not null default '{}',
    fichier                   uuid,
    date_depot                timestamptz,
    lu_ddets                  boolean      not null default false,
    lu_dreets                 boolean      not null default false,
    version                   integer      not null default 0,
    cree_le                   timestamptz  not null,
    modifie_le                timestamptz  not null
);
-- the organiser's list, the EIG tab of a déclaration
create index eig_organisme_idx on eig (organisme_id, modifie_le desc);
create index eig_declaration_idx on eig (declaration_id);
-- the "à lire" counters: submitted and not yet read by the DDETS, by the DREETS
create index eig_a_lire_ddets_idx on eig (departement) where statut = 'ENVOYE' and not lu_ddets;
create index eig_a_lire_dreets_idx on eig (region_agrement) where statut = 'ENVOYE' and not lu_dreets;

create table eig_eig_type (
    eig_id     bigint       not null references eig (id) on delete cascade,
    type_code  varchar(60)  not null references eig_type (code),
    precision_autre varchar(500),
    primary key (eig_id, type_code)
);
create index eig_eig_type_type_idx on eig_eig_type (type_code, eig_id);

-- Where agents see an EIG (ADR 0023), written at submission: 'FRA'; the incident's département and its région; the
-- département de suivi of the déclaration; the région of the agrément. The list reads its page from this index.
create table eig_visibilite (
    territoire  varchar(4)   not null references territoire (code),
    eig_id      bigint       not null references eig (id) on delete cascade,
    date_depot  timestamptz  not null,
    primary key (territoire, eig_id)
);
create index eig_visibilite_depot_idx on eig_visibilite (territoire, date_depot, eig_id);
create index eig_visibilite_eig_idx on eig_visibilite (eig_id);
