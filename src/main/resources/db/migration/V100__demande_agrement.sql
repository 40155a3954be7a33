-- Agrément requested online: first request and renewal (spec §2.6 B and C, §3.4; ADR 0025). The columns the lists
-- filter and sort on are plain columns; each step's content is a JSON document written and read whole by the module.
alter table agrement drop constraint if exists agrement_statut_check;
alter table agrement add constraint agrement_statut_check check (statut in ('BROUILLON', 'TRANSMIS', 'PRIS_EN_CHARGE',
    'A_COMPLETER', 'EN_INSTRUCTION', 'A_CORRIGER', 'REFUSE', 'VALIDE'));
alter table agrement
    -- first transmission (spec: date_depot), prise en charge (date_verif_completure), completeness
    -- (date_confirm_completude), decision (refusal, validation or tacit approval)
    add column date_depot             date,
    add column date_prise_en_charge   date,
    add column date_completude        date,
    add column date_decision          date,
    -- the agent who took charge of the request
    add column agent_id               bigint,
    -- the steps: 1 coordonnées, 2 dossier de candidature, 3 bilan (renewal only), 4 projet de séjours
    add column coordonnees            jsonb,
    add column dossier                jsonb,
    add column bilan                  jsonb,
    add column projet                 jsonb,
    -- the expiry mails (spec §2.6), each sent once: when they were
    add column expiration_6m_envoye_le   timestamptz,
    add column expiration_120j_envoye_le timestamptz;

-- at most one request in progress per organisme
create unique index agrement_en_cours_uk on agrement (organisme_id)
    where statut in ('BROUILLON', 'TRANSMIS', 'PRIS_EN_CHARGE', 'A_COMPLETER', 'EN_INSTRUCTION', 'A_CORRIGER')
      and not supprime;
-- the DREETS list: the requests of a région by status, the most recent dépôt first
create index agrement_region_statut_idx on agrement (region_obtention, statut, date_depot desc) where not supprime;
-- the expiry job: active agréments by end of validity
create index agrement_fin_validite_idx on agrement (date_fin_validite) where statut = 'VALIDE' and not supprime;

-- Every event of an agrément (spec §2.6 Historique): 7 types, a source, an author on one side, a comment.
create table agrement_historique (
    id               bigserial    primary key,
    agrement_id      bigint       not null references agrement (id) on delete cascade,
    le               timestamptz  not null,
    type             varchar(20)  not null check (type in ('CREATION', 'MODIFICATION', 'TRANSMISSION',
                         'PRISE_EN_CHARGE', 'STATUT_CHANGE', 'VERIFICATION', 'VALIDATION')),
    -- 'usager', 'DREETS IDF', 'Automate VAO- Accord Tacite'
    source           varchar(100) not null,
    organisateur_id  bigint,
    agent_id         bigint,
    -- the status reached, when the entry records a change of status
    statut           varchar(20),
    commentaire      varchar(4000),
    metadonnees      jsonb,
    check (organisateur_id is null or agent_id is null)
);
create index agrement_historique_idx on agrement_historique (agrement_id, le);

-- The silence-vaut-accord timer (spec §2.6, CRPA L231-1): started at completeness, paused while the organiser
-- corrects (A_CORRIGER), stopped by the decision, finished by the tacit approval.
create table agrement_sva (
    agrement_id      bigint       primary key references agrement (id) on delete cascade,
    statut           varchar(10)  not null check (statut in ('RUNNING', 'PAUSED', 'STOPPED', 'FINISHED')),
    -- the day of completeness: the 2 months are counted from it
    debut            date         not null,
    rappel_21j_le    timestamptz,
    modifie_le       timestamptz  not null
);
-- the daily job: the running timers only
create index agrement_sva_statut_idx on agrement_sva (statut) where statut in ('RUNNING', 'PAUSED');

-- The periods the timer ran: from completeness (or the organiser's corrections) to a pause or a decision.
create table agrement_sva_periode (
    agrement_id      bigint       not null references agrement_sva (agrement_id) on delete cascade,
    debut            date         not null,
    fin              date,
    primary key (agrement_id, debut),
    check (fin is null or fin >= debut)
);

-- The activities of the projet de séjours (spec §2.6 step 4, reference table front.activite).
create table activite (
    code       varchar(40)  primary key,
    categorie  varchar(10)  not null check (categorie in ('SPORT', 'CULTURE')),
    libelle    varchar(100) not null,
    ordre      smallint     not null
);
insert into activite (code, categorie, libelle, ordre) values
    ('BAIGNADE', 'SPORT', 'Baignade', 1),
    ('RANDONNEE', 'SPORT', 'Randonnée', 2),
    ('VOILE', 'SPORT', 'Voile, char à voile, rafting', 3),
    ('TIR_A_L_ARC', 'SPORT', 'Tir à l''arc', 4),
    ('ULM', 'SPORT', 'ULM', 5),
    ('EQUITATION', 'SPORT', 'Équitation', 6),
    ('SKI', 'SPORT', 'Ski', 7),
    ('SPORTS_NAUTIQUES', 'SPORT', 'Sports nautiques', 8),
    ('PECHE', 'SPORT', 'Pêche', 9),
    ('THALASSOTHERAPIE', 'SPORT', 'Thalassothérapie', 10),
    ('BALNEOTHERAPIE', 'SPORT', 'Balnéothérapie', 11),
    ('AUTRES_SPORT', 'SPORT', 'Autres', 12),
    ('VISITES', 'CULTURE', 'Visites touristiques', 1),
    ('SPECTACLES', 'CULTURE', 'Spectacles, animations, musées', 2),
    ('MUSIQUE', 'CULTURE', 'Musique', 3),
    ('THEATRE', 'CULTURE', 'Expression théâtrale', 4),
    ('ARTS_PLASTIQUES', 'CULTURE', 'Arts plastiques', 5),
    ('DANSE', 'CULTURE', 'Danse', 6),
    ('CHANT', 'CULTURE', 'Chant', 7),
    ('SOIREES_DANSANTES', 'CULTURE', 'Soirées dansantes', 8),
    ('FERME_PEDAGOGIQUE', 'CULTURE', 'Ferme pédagogique', 9),
    ('AUTRES_CULTURE', 'CULTURE', 'Autres', 10);
