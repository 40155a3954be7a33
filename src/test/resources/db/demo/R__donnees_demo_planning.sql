-- Demo data of the planning of inspections (issue 6 item 1, ADR 0029), local run only; re-runnable.
-- The DDETS 75 and 69 inspectors get the role Controle; "Escapades solidaires" (orga-agr-expiration, agrément VALIDE)
-- gets its first stay, registered at 8 days, in a new Paris hébergement: a high risk score (first stay, never
-- inspected, few staff, polyhandicap and mental deficiency, large group, new hébergement) beside Alpha's stays.
insert into agent_role (agent_id, role)
select a.id, 'Controle' from agent a where a.email in ('ddets-75@vao.test', 'ddets-69@vao.test')
on conflict do nothing;

insert into hebergement (hebergement_id, courante, statut, organisme_id, nom, nom_gestionnaire, adresse_label,
    adresse_code_insee, adresse_code_postal, departement, lat, lon, cle_ban, telephone_1, email, type, visite_locaux,
    visite_locaux_le, reglementation_erp, accessibilite, pension, prestations, description, nombre_lits,
    nombre_lits_superposes, nombre_max_personnes_couchage, couchage_individuel, rangement_individuel,
    chambres_unisexes, chambres_doubles, amenagements_specifiques, amenagements_precision, vehicules_adaptes,
    deplacement_proximite, excursion, cree_par, cree_le, modifie_par, modifie_le)
select '6f1c2d3e-0000-4000-8000-0000000c0075'::uuid, true, 'actif', o.id, 'Gîte de Montmartre', 'Marc Lenoir',
       '18 Rue des Saules 75018 Paris', '75118', '75018', '75', 48.8875, 2.3402, '75118_8590_00018', '0142000000',
       'accueil@montmartre.vao.test', 'autre', false, null, false, 'accessible', 'pension_complete',
       '{entretien_locaux}', 'Dortoirs de 4 et chambres doubles', 30, 0, 4, true, true, true, true, false, null, false,
       'Promenades dans le quartier', 'Sorties en métro', u.id, now(), u.id, now()
from organisme o
join lateral (select min(id) as id from organisateur where siret = o.siret) u on true
where o.siret = '91100007300005' and u.id is not null
  and not exists (select 1 from hebergement h where h.hebergement_id = '6f1c2d3e-0000-4000-8000-0000000c0075'::uuid);

insert into declaration_sejour (numero, statut, organisme_id, departement_suivi, libelle, date_debut, date_fin, periode,
    effectif, responsable, vacanciers, personnel, projet, transport, sanitaire, attestation, organisme_instantane,
    equipe, cree_par, cree_le, modifie_le, transmise_le)
select 'DS-' || to_char(current_date + 3, 'YY') || '-75-' || lpad(nextval('declaration_numero_seq')::text, 4, '0'),
       'VALIDEE 8J', o.id, '75', 'Démo – Planning : Montmartre', current_date + 3, current_date + 10,
       case when extract(month from current_date + 3) <= 3 then 'hiver'
            when extract(month from current_date + 3) <= 6 then 'printemps'
            when extract(month from current_date + 3) <= 9 then 'ete' else 'automne' end,
       24,
       '{"nom":"Blanc","prenom":"Chloé","fonction":"Responsable des séjours","adresse":"3 rue Lepic 75018 Paris","telephone":"0650000000","email":"sejours@escapades.vao.test"}',
       '{"femmes":11,"hommes":13,"total":24,"tranchesAge":["18_39","40_59"],"deficiences":["polyhandicap","mental"],"precisionDeficiences":"Quatre personnes polyhandicapées"}',
       '{"nombreAccompagnants":2,"nombreResponsables":1,"procedureRecrutementSupplementaire":false}',
       '{"destinations":["ville"],"activitesSportives":[],"activitesCulturelles":["visites"],"activitesBienEtre":[],"activitesPersonnel":null}',
       '{"responsables":["organisateur"],"modes":["train"],"precisionModeOrganisation":"Train puis métro","deplacementDurantSejour":true,"vehiculesAdaptes":false,"precisionVehicules":null}',
       '{"dispositionsSpecifiques":false,"constitutionEquipe":["personne_formee"],"precisionEquipe":"Un accompagnant titulaire du PSC 1","accordCabinet":false,"troussePharmacie":true,"responsablesMedicaments":["accompagnant"],"precisionMedicaments":"Distribution par le responsable","stockageSecurise":true,"precisionStockage":"Boîte fermée","conservationThermosensibles":false,"individualisationTraitements":false,"preparationPiluliers":"aucune","prescriptionJointe":true,"protocoleModification":false,"ficheSuivi":true,"protocoleEvacuation":false,"protocoleAccident":false,"protocoleReorientation":false,"protocoleCanicule":false,"precisionCanicule":null,"gestionBudgetPersonnel":"Argent de poche remis chaque jour"}',
       jsonb_build_object('aCertifie', true, 'nom', 'Blanc', 'prenom', 'Chloé', 'qualite', 'Responsable des séjours', 'le', current_date - 60),
       '{"nom":"ESCAPADES SOLIDAIRES","siret":"91100007300005","personneMorale":true,"agrementNumero":"AGR-IDF-DEMO","agrementRegion":"IDF"}',
       '{"encadrants":[{"nom":"Lenoir","prenom":"Marc","dateNaissance":"1980-05-02","competence":"BAFD","fonctions":["medicaments"],"telephone":"0611000001","attestation":true}],"accompagnants":[{"nom":"Petit","prenom":"Lou","dateNaissance":"2000-01-20","competence":"BAFA","fonctions":["activites"],"telephone":"0611000002","attestation":true},{"nom":"Morel","prenom":"Sami","dateNaissance":"1999-07-11","competence":"AES","fonctions":["restauration"],"telephone":"0611000003","attestation":true}],"formation":"Réunion de préparation","prestataires":[]}',
       u.id, now(), now(), now()
from organisme o
join lateral (select min(id) as id from organisateur where siret = o.siret) u on true
where o.siret = '91100007300005' and u.id is not null
  and exists (select 1 from hebergement h where h.hebergement_id = '6f1c2d3e-0000-4000-8000-0000000c0075'::uuid)
  and not exists (select 1 from declaration_sejour d where d.organisme_id = o.id
                  and d.libelle = 'Démo – Planning : Montmartre');

insert into declaration_hebergement (declaration_id, ordre, hebergement_id, hebergement_version, nom, departement,
                                     date_debut, date_fin)
select d.id, 0, h.hebergement_id, h.id, h.nom, h.departement, d.date_debut, d.date_fin
from declaration_sejour d
join hebergement h on h.hebergement_id = '6f1c2d3e-0000-4000-8000-0000000c0075'::uuid and h.courante
where d.libelle = 'Démo – Planning : Montmartre'
on conflict do nothing;

insert into declaration_visibilite (territoire, declaration_id)
select t.code, d.id from declaration_sejour d cross join (values ('75'), ('IDF')) as t(code)
where d.libelle = 'Démo – Planning : Montmartre'
on conflict do nothing;

insert into declaration_historique (declaration_id, le, source, organisateur_id, type)
select d.id, d.cree_le, 'Chloé Blanc', d.cree_par, 'creation' from declaration_sejour d
where d.libelle = 'Démo – Planning : Montmartre'
  and not exists (select 1 from declaration_historique x where x.declaration_id = d.id);
