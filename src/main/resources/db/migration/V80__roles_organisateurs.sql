-- Roles of the organisers (spec §1.1): Eig_Lecture and Eig_Ecriture only, granted by a colleague holding
-- Eig_Ecriture (or automatically to the creator of a personne physique or of a siège social).
create table organisateur_role (
    organisateur_id bigint      not null references organisateur (id) on delete cascade,
    role            varchar(20) not null check (role in ('Eig_Lecture', 'Eig_Ecriture')),
    accorde_le      timestamptz not null,
    -- the colleague who granted it; null when granted automatically at the creation of the organisme
    accorde_par     bigint,
    primary key (organisateur_id, role)
);

-- The users page lists the accounts waiting for validation of a SIRET (or of the SIRETs of a SIREN, for a siège).
create index organisateur_siret_attente_idx on organisateur (siret) where statut = 'NEED_SIRET_VALIDATION';
