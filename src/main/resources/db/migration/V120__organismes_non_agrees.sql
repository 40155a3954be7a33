-- Organismes non agréés (spec §2.14 "Informations", §3.3 back.organisme_non_agree, ADR 0022): the organisations whose
-- agrément was withdrawn, suspended, not renewed, expired without a renewal request, or ended by a liquidation
-- judiciaire. Reference data of production, maintained by the national agents on the back office's "Informations"
-- page; it drives the "Organisme non agréé" alert on the déclarations of these SIRETs (and of their établissements).
create table organisme_non_agree (
    id                 bigserial     primary key,
    siret              varchar(14)   not null unique check (siret ~ '^[0-9]{14}$'),
    nom                varchar(200)  not null,
    region_delivrance  varchar(4)    not null references territoire (code),
    nature_decision    varchar(40)   not null check (nature_decision in ('RETRAIT', 'SUSPENSION', 'NON_RENOUVELLEMENT',
                                                    'EXPIRE_SANS_RENOUVELLEMENT', 'LIQUIDATION_JUDICIAIRE')),
    date_decision      date          not null,
    -- who changed the row last and when ("BO:12 agent@x.fr", or the initial load)
    modifie_par        varchar(400)  not null,
    modifie_le         timestamptz   not null,
    version            integer       not null default 0
);
-- the list's filters: "contains" on the name (trigram-free: the table stays small, a few hundred rows at most)
create index organisme_non_agree_region_idx on organisme_non_agree (region_delivrance);

-- The initial list: 18 organisations, as in the reference's table. Fictitious names and SIRETs (14 digits, valid
-- Luhn checksum, SIREN range 91…): the national agents replace them with the DGCS's published list.
insert into organisme_non_agree (siret, nom, region_delivrance, nature_decision, date_decision, modifie_par,
                                 modifie_le)
values
    ('91439563700012', 'ASSOCIATION LES VOILES DU LARGE', 'BRE', 'RETRAIT', date '2021-03-15', 'Reprise initiale (ADR 0022)', now()),
    ('91258176600017', 'ÉVASION ET HANDICAP 59', 'HDF', 'SUSPENSION', date '2022-06-01', 'Reprise initiale (ADR 0022)', now()),
    ('91514002400018', 'SÉJOURS DU SOLEIL LEVANT', 'OCC', 'NON_RENOUVELLEMENT', date '2020-09-30', 'Reprise initiale (ADR 0022)', now()),
    ('91782554900012', 'LOISIRS ADAPTÉS DE LA VALLÉE', 'AURA', 'EXPIRE_SANS_RENOUVELLEMENT', date '2023-01-12', 'Reprise initiale (ADR 0022)', now()),
    ('91150631900019', 'HORIZONS PARTAGÉS', 'NAQ', 'LIQUIDATION_JUDICIAIRE', date '2022-11-08', 'Reprise initiale (ADR 0022)', now()),
    ('91175954600011', 'VACANCES POUR CHACUN', 'IDF', 'RETRAIT', date '2023-05-22', 'Reprise initiale (ADR 0022)', now()),
    ('91961168100017', 'LES CHEMINS DE TRAVERSE', 'GRE', 'NON_RENOUVELLEMENT', date '2021-12-31', 'Reprise initiale (ADR 0022)', now()),
    ('91661913300017', 'CAP SUR LES VACANCES', 'PACA', 'SUSPENSION', date '2024-02-19', 'Reprise initiale (ADR 0022)', now()),
    ('91198702200017', 'ASSOCIATION ESCAPADES NORMANDES', 'NOR', 'EXPIRE_SANS_RENOUVELLEMENT', date '2022-04-03', 'Reprise initiale (ADR 0022)', now()),
    ('91483452800012', 'TOURISME ET DIFFÉRENCE', 'PDL', 'RETRAIT', date '2020-07-10', 'Reprise initiale (ADR 0022)', now()),
    ('91711097500013', 'LES AILES DE LA LIBERTÉ', 'CVDL', 'LIQUIDATION_JUDICIAIRE', date '2021-08-27', 'Reprise initiale (ADR 0022)', now()),
    ('91160816400016', 'SÉJOURS ARC-EN-CIEL', 'BFC', 'NON_RENOUVELLEMENT', date '2023-10-02', 'Reprise initiale (ADR 0022)', now()),
    ('91632084900018', 'ENSEMBLE EN VACANCES', 'IDF', 'EXPIRE_SANS_RENOUVELLEMENT', date '2024-06-30', 'Reprise initiale (ADR 0022)', now()),
    ('91325127800010', 'ÎLE ET ÉVASION', 'REU', 'SUSPENSION', date '2023-03-14', 'Reprise initiale (ADR 0022)', now()),
    ('91139317100010', 'MONTAGNES POUR TOUS', 'AURA', 'RETRAIT', date '2024-09-05', 'Reprise initiale (ADR 0022)', now()),
    ('91190122100018', 'LE FIL DES SAISONS', 'OCC', 'NON_RENOUVELLEMENT', date '2022-12-15', 'Reprise initiale (ADR 0022)', now()),
    ('91554710300019', 'ASSOCIATION VENT DU SUD', 'COR', 'EXPIRE_SANS_RENOUVELLEMENT', date '2021-05-18', 'Reprise initiale (ADR 0022)', now()),
    ('91538485300015', 'AZUR LOISIRS ADAPTÉS', 'PACA', 'LIQUIDATION_JUDICIAIRE', date '2024-01-25', 'Reprise initiale (ADR 0022)', now());
