-- Demo data of the agrément requests (issue 5 item 1, spec §2.6 B and C; ADR 0026), after R__donnees_demo.sql: the
-- online requests are open (flag RENOUVELLEMENT_AGREMENT), and one request in each of the 8 statuses, each on its
-- own organisme (one request in progress per organisme), with its steps, documents, history and, once complete, its
-- silence-vaut-accord timer. Dates are relative to the day of loading. Idempotent: re-run when this file changes.
-- The organisers of R__donnees_demo.sql (and of the other demo files) keep what those give them.
update fonctionnalite set active = true where code = 'RENOUVELLEMENT_AGREMENT';

-- 8 sièges sociaux of Île-de-France, finalised, each with one validated user (password VaoDemo-2026!)
insert into organisateur (email, mot_de_passe, nom, prenom, telephone, siret, siret_verifie, region_code, statut,
                          cgu_acceptees_le, traite_le)
select v.email, '{bcrypt}$2a$12$ERSUjr2xQR7jawNUhw99S.dbWZqLiM5EAGruej4aIRrdt4siqp4NG', v.nom, v.prenom,
       '0650000000', v.siret, true, 'IDF', 'VALIDATED', now(), now()
from (values
    ('orga-agr-brouillon@vao.test',   'Perrin',   'Inès',  '91100008100008'),
    ('orga-agr-transmis@vao.test',    'Lambert',  'Anne',  '91100001600004'),
    ('orga-agr-pris@vao.test',        'Girard',   'Hugo',  '91100002400008'),
    ('orga-agr-completer@vao.test',   'Bonnet',   'Léa',   '91100003200001'),
    ('orga-agr-instruction@vao.test', 'Mercier',  'Paul',  '91100004000004'),
    ('orga-agr-corriger@vao.test',    'Faure',    'Zoé',   '91100005700008'),
    ('orga-agr-valide@vao.test',      'Rousseau', 'Louis', '91100006500001'),
    ('orga-agr-expiration@vao.test',  'Blanc',    'Chloé', '91100007300005')
) as v(email, nom, prenom, siret)
on conflict (email) do nothing;

insert into organisme (type, siret, siren, porteur_agrement, complet, departement, region, cree_le, modifie_le)
select 'PERSONNE_MORALE', v.siret, substr(v.siret, 1, 9), true, true, '75', 'IDF', now(), now()
from (values ('91100001600004'), ('91100002400008'), ('91100003200001'), ('91100004000004'), ('91100005700008'),
             ('91100006500001'), ('91100007300005'), ('91100008100008')) as v(siret)
on conflict (siret) where not supprime do nothing;

insert into organisme_membre (organisateur_id, organisme_id, cree_le)
select u.id, o.id, now() from organisateur u join organisme o on o.siret = u.siret and not o.supprime
where u.email like 'orga-agr-%@vao.test'
on conflict do nothing;

insert into organisme_identite (organisme_id, courante, siret, verifiee, raison_sociale, categorie_juridique, adresse,
    pays, email, telephone, siege_social, resp_nom, resp_prenom, resp_fonction, resp_email, resp_telephone,
    resp_adresse, cree_le)
select o.id, true, o.siret, true, v.raison, '9220', v.adresse, 'France', 'contact@' || v.domaine, '0140000010',
       true, 'Lambert', 'Anne', 'Directrice', 'direction@' || v.domaine, '0650000001', v.adresse, now()
from organisme o join (values
    ('91100001600004', 'ÉVASION ADAPTÉE',         '4 RUE DE RIVOLI 75004 PARIS',       'evasion.vao.test'),
    ('91100002400008', 'HORIZONS PARTAGÉS',       '18 RUE OBERKAMPF 75011 PARIS',      'horizons.vao.test'),
    ('91100003200001', 'LES AILES DU VOYAGE',     '7 AVENUE DE CLICHY 75017 PARIS',    'ailes.vao.test'),
    ('91100004000004', 'VACANCES ET DIFFÉRENCES', '25 BOULEVARD VOLTAIRE 75011 PARIS', 'differences.vao.test'),
    ('91100005700008', 'CAP SUR LES VACANCES',    '3 RUE DE LA ROQUETTE 75011 PARIS',  'cap.vao.test'),
    ('91100006500001', 'SÉJOURS POUR TOUS',       '60 RUE DE LA POMPE 75016 PARIS',    'pourtous.vao.test'),
    ('91100007300005', 'ESCAPADES SOLIDAIRES',    '12 RUE LECOURBE 75015 PARIS',       'escapades.vao.test'),
    ('91100008100008', 'HORIZON BLEU',            '9 RUE DE CHARONNE 75011 PARIS',     'horizonbleu.vao.test')
) as v(siret, raison, adresse, domaine) on v.siret = o.siret
where not exists (select 1 from organisme_identite i where i.organisme_id = o.id);

insert into organisme_representant (identite_id, rang, nom, prenom, fonction)
select i.id, 0, 'LAMBERT', 'Anne', 'Présidente' from organisme_identite i
where i.courante and i.siret like '911000%'
on conflict do nothing;

-- The active agréments declared before (EXISTANT): "transmis" and "instruction" renew theirs (ending within 6
-- months), "valide" had one replaced by its validated renewal, "expiration" sees the banner (100 days left).
insert into agrement (organisme_id, statut, type_depot, numero, region_obtention, date_obtention, date_fin_validite,
                      supprime, cree_le, cree_par, modifie_le)
select o.id, 'VALIDE', 'EXISTANT', v.numero, 'IDF', v.fin - interval '5 years', v.fin, v.supprime, now(), 0, now()
from organisme o join (values
    ('91100001600004', 'AGR-IDF-2022-031', current_date + 140, false),
    ('91100004000004', 'AGR-IDF-2022-044', current_date + 60,  false),
    ('91100006500001', 'AGR-IDF-2021-012', current_date - 20,  true),
    ('91100007300005', 'AGR-IDF-2022-058', current_date + 100, false)
) as v(siret, numero, fin, supprime) on v.siret = o.siret
where not exists (select 1 from agrement a where a.organisme_id = o.id and a.type_depot = 'EXISTANT');

-- The requests: one in each status; REFUSE is an older first request of "pris" (not in progress).
insert into agrement (organisme_id, statut, type_depot, numero, region_obtention, date_obtention, date_fin_validite,
                      date_depot, date_prise_en_charge, date_completude, date_decision, agent_id, cree_le, cree_par,
                      modifie_le)
select o.id, v.statut, v.type, v.numero, v.region, v.obtention, v.obtention + interval '5 years', v.depot, v.charge,
       v.completude, v.decision, (select id from agent where email = 'dreets-' || lower(v.region) || '@vao.test'),
       coalesce(v.depot, current_date) - 10, u.id, now()
from organisme o
join lateral (select min(id) as id from organisateur where siret = o.siret) u on true
join (values
    ('91100008100008', 'BROUILLON',      'PREMIER',        'IDF',  null::date,         null::date,         null::date,         null::date,         null::date,         null),
    ('91100001600004', 'TRANSMIS',       'RENOUVELLEMENT', 'IDF',  current_date - 3,   null,               null,               null,               null,               null),
    ('91100002400008', 'PRIS_EN_CHARGE', 'PREMIER',        'IDF',  current_date - 12,  current_date - 8,   null,               null,               null,               null),
    ('91100002400008', 'REFUSE',         'PREMIER',        'IDF',  current_date - 300, current_date - 290, current_date - 270, current_date - 240, null,               null),
    ('91100003200001', 'A_COMPLETER',    'PREMIER',        'IDF',  current_date - 20,  current_date - 15,  null,               null,               null,               null),
    ('91100004000004', 'EN_INSTRUCTION', 'RENOUVELLEMENT', 'IDF',  current_date - 45,  current_date - 40,  current_date - 25,  null,               null,               null),
    ('91100005700008', 'A_CORRIGER',     'PREMIER',        'IDF',  current_date - 80,  current_date - 75,  current_date - 50,  null,               null,               null),
    ('91100006500001', 'VALIDE',         'RENOUVELLEMENT', 'IDF',  current_date - 120, current_date - 115, current_date - 100, current_date - 50, current_date - 50, 'AGR-IDF-' || extract(year from current_date) || '-007')
) as v(siret, statut, type, region, depot, charge, completude, decision, obtention, numero) on v.siret = o.siret
where not exists (select 1 from agrement a where a.organisme_id = o.id and a.type_depot = v.type
                  and a.statut = v.statut);
-- a request only in progress is agent-less until taken charge
update agrement set agent_id = null
where statut in ('BROUILLON', 'TRANSMIS') and type_depot <> 'EXISTANT' and agent_id is not null
  and organisme_id in (select id from organisme where siret in ('91100008100008', '91100001600004'));
-- the validated renewal is the active agrément, its end of validity 5 years after its decision
update agrement a set date_fin_validite = a.date_obtention + interval '5 years'
where a.statut = 'VALIDE' and a.type_depot = 'RENOUVELLEMENT' and a.date_obtention is not null
  and a.organisme_id in (select id from organisme where siret = '91100006500001');

-- The steps' content: complete for every request but the draft (dossier and projet half done); no bilan for a
-- first request.
update agrement a set
    coordonnees = jsonb_build_object('email', 'contact@demande.vao.test', 'telephone', '0140000010'),
    dossier = jsonb_build_object('motivations', 'Association organisant depuis 12 ans des séjours adaptés pour '
        || 'adultes en situation de handicap mental, avec une équipe formée et stable.', 'dateCertificat', '2021-03-15'),
    bilan = case when a.type_depot = 'RENOUVELLEMENT' then jsonb_build_object(
        'annees', (select jsonb_agg(jsonb_build_object('annee', extract(year from current_date)::int - n,
                    'nbVacanciers', 40 + n, 'nbHommes', 20, 'nbFemmes', 18 + n, 'nbJours', 560 + 10 * n,
                    'handicaps', jsonb_build_array('MENTAL', 'MOTEUR'), 'tranchesAge', jsonb_build_array('18_39', '40_59'),
                    'hebergements', jsonb_build_array(jsonb_build_object('nom', 'Maison des Lilas',
                        'adresse', '10 rue des Lilas 75019 Paris', 'nbJours', 14, 'mois', jsonb_build_array(7, 8)))) order by n)
                   from generate_series(1, 4) n),
        'perception', 'Les vacanciers et leurs familles se disent très satisfaits des séjours et de l''accueil.',
        'perspectives', 'Ouvrir un séjour à la montagne en hiver et former deux nouveaux responsables.',
        'elementsMarquants', 'Un séjour en Bretagne très apprécié, aucun incident grave sur la période.',
        'aucunChangement', true,
        'comptabilite', 'Une comptabilité analytique par séjour est tenue par notre expert-comptable.',
        'comparatif', 'Le budget des séjours a progressé de 5 % entre N-1 et N, à effectif constant.')
        else null end,
    projet = jsonb_build_object('nbSejours', 4, 'commentaire', 'Quatre séjours d''été et un séjour d''hiver.',
        'deficiences', jsonb_build_array('MENTAL', 'MOTEUR'),
        'sejours', jsonb_build_array(jsonb_build_object('nomHebergement', 'Maison des Lilas',
            'adresse', '10 rue des Lilas 75019 Paris', 'nbVacanciers', 12, 'mois', jsonb_build_array(7)),
            jsonb_build_object('nomHebergement', 'Chalet des Cimes', 'adresse', '5 route du Col 73500 Modane',
            'nbVacanciers', 8, 'mois', jsonb_build_array(2))),
        'activites', jsonb_build_array('BAIGNADE', 'RANDONNEE', 'VISITES', 'MUSIQUE'),
        'nbAccompagnants', 4,
        'competences', 'Accompagnants titulaires du BAFA ou d''un diplôme du secteur médico-social.',
        'recrutementUrgence', 'Un vivier de cinq accompagnants remplaçants joignables sous 24 heures.',
        'attestationCasier', true,
        'transportAllerRetour', 'Train puis car adapté affrété', 'transportSejour', 'Minibus de 9 places',
        'suiviDistribution', 'Piluliers préparés par la pharmacie, distribués par le responsable du séjour.',
        'suiviAccords', 'Convention avec le cabinet médical le plus proche de chaque lieu de séjour.',
        'protocoleEvacuation', 'Appel du 15, accompagnement par un responsable, information de la famille.',
        'protocoleRapatriement', 'Retour accompagné organisé avec la famille ou l''établissement d''accueil.',
        'protocoleRapatriementEtranger', 'Contrat d''assistance rapatriement souscrit pour chaque séjour.',
        'protocoleInformationFamilles', 'Appel quotidien possible, compte rendu écrit à la fin du séjour.',
        'budgetGestion', 'Argent de poche remis chaque jour, carnet de dépenses signé par le vacancier.')
where a.type_depot in ('PREMIER', 'RENOUVELLEMENT') and a.coordonnees is null and a.statut <> 'BROUILLON'
  and a.organisme_id in (select id from organisme where siret like '911000%');

update agrement a set
    coordonnees = jsonb_build_object('email', 'contact@horizonbleu.vao.test', 'telephone', '0140000011'),
    dossier = jsonb_build_object('motivations', 'Premiers séjours prévus à l''été'),
    projet = jsonb_build_object('nbSejours', 2, 'deficiences', jsonb_build_array('MOTEUR'),
        'activites', jsonb_build_array('RANDONNEE'))
where a.type_depot = 'PREMIER' and a.statut = 'BROUILLON' and a.coordonnees is null
  and a.organisme_id in (select id from organisme where siret = '91100008100008');

-- The documents of the complete requests: every required file (a one-page PDF), attached to the agrément.
insert into document (id, categorie, nom, type_mime, taille, sha256, depose_portail, depose_par, depose_le,
                      rattachement_type, rattachement_id)
select md5('demo-agrement-' || a.id || '-' || c.categorie)::uuid, c.categorie, lower(c.categorie) || '.pdf',
       'application/pdf', length(p.pdf), encode(sha256(p.pdf), 'hex'), 'FO', a.cree_par,
       coalesce(a.date_depot, current_date) - 1, 'AGREMENT', a.id
from agrement a
cross join (select convert_to('%PDF-1.4' || chr(10) || '1 0 obj << /Type /Catalog >> endobj' || chr(10) || '%%EOF'
                              || chr(10), 'UTF8') as pdf) p
cross join (values ('AGR_PROCVERBAL', false), ('AGR_IMMATRICUL', false), ('AGR_ASSURRESP', false),
                   ('AGR_ASSURRAPAT', false), ('AGR_PROJSEJCOMPETEXP', false), ('AGR_PROJETSSEJOURSMESURES', false),
                   ('AGR_BILANQUALITPERCEPTION', true), ('AGR_BILANQUALITPERSPECTIVE', true),
                   ('AGR_BILANQUALITELEMARQ', true)) as c(categorie, bilan)
where a.type_depot in ('PREMIER', 'RENOUVELLEMENT') and (not c.bilan or a.type_depot = 'RENOUVELLEMENT')
  and a.statut <> 'BROUILLON' and a.organisme_id in (select id from organisme where siret like '911000%')
on conflict (id) do nothing;
insert into document_contenu (document_id, contenu)
select d.id, convert_to('%PDF-1.4' || chr(10) || '1 0 obj << /Type /Catalog >> endobj' || chr(10) || '%%EOF'
                        || chr(10), 'UTF8')
from document d where d.id in (select md5('demo-agrement-' || a.id || '-' || d.categorie)::uuid from agrement a
                               where a.id = d.rattachement_id) and d.rattachement_type = 'AGREMENT'
on conflict do nothing;

-- The history of each request, as the cycle writes it: sources "usager" and "DREETS IDF".
insert into agrement_historique (agrement_id, le, type, source, organisateur_id, agent_id, statut, commentaire)
select a.id, h.le, h.type, h.source, case when h.source = 'usager' then a.cree_par end,
       case when h.source <> 'usager' then a.agent_id end, h.statut, h.commentaire
from agrement a
cross join lateral (values
    (a.cree_le, 'CREATION', 'usager', 'BROUILLON', null::text, true),
    (a.cree_le + interval '2 days', 'MODIFICATION', 'usager', null, null, true),
    (a.date_depot + time '10:00', 'TRANSMISSION', 'usager', 'TRANSMIS', null, a.date_depot is not null),
    (a.date_prise_en_charge + time '09:30', 'PRISE_EN_CHARGE', 'DREETS IDF', 'PRIS_EN_CHARGE', null,
     a.date_prise_en_charge is not null),
    (a.date_prise_en_charge + time '15:00', 'VERIFICATION', 'DREETS IDF', 'A_COMPLETER',
     'Merci de joindre l''attestation d''assurance rapatriement en cours de validité.', a.statut = 'A_COMPLETER'),
    (a.date_completude + time '11:00', 'STATUT_CHANGE', 'DREETS IDF', 'EN_INSTRUCTION', null,
     a.date_completude is not null),
    (current_date - 5 + time '14:00', 'VERIFICATION', 'DREETS IDF', 'A_CORRIGER',
     'Le protocole d''évacuation d''urgence doit préciser l''hôpital de référence de chaque lieu.',
     a.statut = 'A_CORRIGER'),
    (a.date_decision + time '16:00', 'STATUT_CHANGE', 'DREETS IDF', 'REFUSE',
     'Le projet ne présente pas de garanties suffisantes sur l''encadrement.', a.statut = 'REFUSE'),
    (a.date_decision + time '16:00', 'VALIDATION', 'DREETS IDF', 'VALIDE', null, a.statut = 'VALIDE')
) as h(le, type, source, statut, commentaire, present)
where h.present and a.type_depot in ('PREMIER', 'RENOUVELLEMENT')
  and a.organisme_id in (select id from organisme where siret like '911000%')
  and not exists (select 1 from agrement_historique x where x.agrement_id = a.id);

-- The timers: running since completeness (EN_INSTRUCTION), paused by the corrections 5 days ago (A_CORRIGER),
-- stopped by the decision (VALIDE, REFUSE after completeness).
insert into agrement_sva (agrement_id, statut, debut, modifie_le)
select a.id, case a.statut when 'EN_INSTRUCTION' then 'RUNNING' when 'A_CORRIGER' then 'PAUSED' else 'STOPPED' end,
       a.date_completude, now()
from agrement a
where a.date_completude is not null and a.type_depot in ('PREMIER', 'RENOUVELLEMENT')
  and a.organisme_id in (select id from organisme where siret like '911000%')
on conflict (agrement_id) do nothing;
insert into agrement_sva_periode (agrement_id, debut, fin)
select s.agrement_id, s.debut, case a.statut when 'EN_INSTRUCTION' then null when 'A_CORRIGER' then current_date - 5
                                    else a.date_decision end
from agrement_sva s join agrement a on a.id = s.agrement_id
where a.organisme_id in (select id from organisme where siret like '911000%')
on conflict do nothing;
