-- Demo data of the local run (mvn spring-boot:run, profile "local"): never in production (test classpath only).
-- Every account's password is VaoDemo-2026! (bcrypt, cost 12). Idempotent: re-run when this file changes.
insert into agent (email, mot_de_passe, nom, prenom, territoire_code, active_le, cgu_acceptees_le) values
    ('admin@vao.test',       '{bcrypt}$2a$12$ERSUjr2xQR7jawNUhw99S.dbWZqLiM5EAGruej4aIRrdt4siqp4NG', 'Administratrice', 'Camille', 'FRA',  now(), null),
    ('dreets-idf@vao.test',  '{bcrypt}$2a$12$ERSUjr2xQR7jawNUhw99S.dbWZqLiM5EAGruej4aIRrdt4siqp4NG', 'Martin', 'Sophie', 'IDF',  now(), null),
    ('dreets-aura@vao.test', '{bcrypt}$2a$12$ERSUjr2xQR7jawNUhw99S.dbWZqLiM5EAGruej4aIRrdt4siqp4NG', 'Bernard', 'Luc', 'AURA', now(), null),
    ('ddets-75@vao.test',    '{bcrypt}$2a$12$ERSUjr2xQR7jawNUhw99S.dbWZqLiM5EAGruej4aIRrdt4siqp4NG', 'Petit', 'Nadia', '75',   now(), null),
    ('ddets-92@vao.test',    '{bcrypt}$2a$12$ERSUjr2xQR7jawNUhw99S.dbWZqLiM5EAGruej4aIRrdt4siqp4NG', 'Robert', 'Hugo', '92',   now(), null),
    ('ddets-69@vao.test',    '{bcrypt}$2a$12$ERSUjr2xQR7jawNUhw99S.dbWZqLiM5EAGruej4aIRrdt4siqp4NG', 'Richard', 'Emma', '69',   now(), null),
    ('lecture-75@vao.test',  '{bcrypt}$2a$12$ERSUjr2xQR7jawNUhw99S.dbWZqLiM5EAGruej4aIRrdt4siqp4NG', 'Durand', 'Paul', '75',   now(), null)
on conflict (email) do nothing;

insert into agent_role (agent_id, role)
select a.id, r.role from agent a
cross join (values ('DemandeSejour_Ecriture'), ('DemandeSejour_Lecture'), ('Compte'), ('Desactivation'), ('eig'),
                   ('Agrement'), ('Controle')) as r(role)
where a.email = 'admin@vao.test'
union all
select a.id, r.role from agent a
cross join (values ('DemandeSejour_Ecriture'), ('Compte'), ('eig')) as r(role)
where a.email in ('dreets-idf@vao.test', 'dreets-aura@vao.test', 'ddets-75@vao.test', 'ddets-92@vao.test', 'ddets-69@vao.test')
union all
select a.id, r.role from agent a
cross join (values ('DemandeSejour_Lecture'), ('eig')) as r(role)
where a.email = 'lecture-75@vao.test'
on conflict do nothing;

insert into organisateur (email, mot_de_passe, nom, prenom, telephone, siret, siret_verifie, region_code, statut,
                          derniere_connexion_le, traite_le)
values
    ('orga-alpha@vao.test', '{bcrypt}$2a$12$ERSUjr2xQR7jawNUhw99S.dbWZqLiM5EAGruej4aIRrdt4siqp4NG', 'Lefebvre', 'Julie',
     '0612345678', '73282932000074', true, 'IDF', 'VALIDATED', now(), now()),
    ('orga-attente@vao.test', '{bcrypt}$2a$12$ERSUjr2xQR7jawNUhw99S.dbWZqLiM5EAGruej4aIRrdt4siqp4NG', 'Moreau', 'Karim',
     '0698765432', '55210055400013', false, 'IDF', 'NEED_SIRET_VALIDATION', null, null)
on conflict (email) do nothing;
-- SIRETs with a valid checksum (Luhn), also for databases loaded before the check existed
update organisateur set siret = '73282932000074' where email = 'orga-alpha@vao.test' and siret <> '73282932000074';
update organisateur set siret = '55210055400013' where email = 'orga-attente@vao.test' and siret <> '55210055400013';

update fiche_territoire set service_email = lower(territoire_code) || '@dreets.vao.test',
       correspondant_nom = 'Correspondant', correspondant_prenom = 'VAO', service_telephone = '0140000000'
where territoire_code in (select code from territoire where niveau = 'REG') and service_email is null;
update fiche_territoire set service_email = 'ddets-' || lower(territoire_code) || '@ddets.vao.test'
where territoire_code in ('75', '92', '69') and service_email is null;

-- Organisers of issue 3: Alpha (personne morale, siège in Paris, agrément VALIDE of IDF) with an enabled établissement
-- secondaire in the Hauts-de-Seine and its own user; a personne physique in Loire-Atlantique; a second organisation
-- in the Rhône whose fiche is finalised without an agrément (it lands on the agrément welcome page).
insert into organisateur (email, mot_de_passe, nom, prenom, telephone, siret, siret_verifie, region_code, statut,
                          cgu_acceptees_le, traite_le)
values
    ('orga-alpha-92@vao.test', '{bcrypt}$2a$12$ERSUjr2xQR7jawNUhw99S.dbWZqLiM5EAGruej4aIRrdt4siqp4NG', 'Nguyen', 'Thomas',
     '0611223344', '73282932000140', true, 'IDF', 'VALIDATED', now(), now()),
    ('orga-physique@vao.test', '{bcrypt}$2a$12$ERSUjr2xQR7jawNUhw99S.dbWZqLiM5EAGruej4aIRrdt4siqp4NG', 'Garnier', 'Claire',
     '0622334455', '81234567800070', true, 'PDL', 'VALIDATED', now(), now()),
    ('orga-rhone@vao.test', '{bcrypt}$2a$12$ERSUjr2xQR7jawNUhw99S.dbWZqLiM5EAGruej4aIRrdt4siqp4NG', 'Fontaine', 'Marc',
     '0633445566', '44556677800020', true, 'AURA', 'VALIDATED', now(), now())
on conflict (email) do nothing;

insert into organisme (type, siret, siren, porteur_agrement, complet, departement, region, cree_le, modifie_le) values
    ('PERSONNE_MORALE', '73282932000074', '732829320', true, true, '75', 'IDF', now(), now()),
    ('PERSONNE_MORALE', '73282932000140', '732829320', false, true, '92', 'IDF', now(), now()),
    ('PERSONNE_PHYSIQUE', '81234567800070', '812345678', true, true, '44', 'PDL', now(), now()),
    ('PERSONNE_MORALE', '44556677800020', '445566778', true, true, '69', 'AURA', now(), now())
on conflict (siret) where not supprime do nothing;

insert into organisme_membre (organisateur_id, organisme_id, cree_le)
select u.id, o.id, now() from organisateur u join organisme o on o.siret = u.siret and not o.supprime
where u.email in ('orga-alpha@vao.test', 'orga-alpha-92@vao.test', 'orga-physique@vao.test', 'orga-rhone@vao.test')
on conflict do nothing;

insert into organisme_identite (organisme_id, courante, siret, verifiee, raison_sociale, nom_commercial,
    categorie_juridique, adresse, pays, email, telephone, siege_social, etab_principal_siret, resp_nom, resp_prenom,
    resp_fonction, resp_email, resp_telephone, resp_adresse, latitude, longitude, cree_le)
select o.id, true, o.siret, true, v.raison, v.commercial, '9220', v.adresse, 'France', v.email, '0140000001',
       o.porteur_agrement, v.principal, 'Lefebvre', 'Julie', 'Directrice des séjours', 'sejours@alpha.vao.test',
       '0612345678', '12 rue de la Paix 75002 Paris', v.lat, v.lon, now()
from organisme o join (values
    ('73282932000074', 'ASSOCIATION ALPHA VACANCES ADAPTEES', 'Alpha Vacances', '12 RUE DE LA PAIX 75002 PARIS 2',
     'contact@alpha.vao.test', null, 48.8686, 2.3316),
    ('73282932000140', 'ASSOCIATION ALPHA VACANCES ADAPTEES', 'Alpha Hauts-de-Seine', '5 AV PABLO PICASSO 92000 NANTERRE',
     'nanterre@alpha.vao.test', '73282932000074', 48.8955, 2.2066),
    ('44556677800020', 'LOISIRS RHONE SOLIDAIRES', null, '20 RUE DE LA REPUBLIQUE 69002 LYON 2',
     'contact@rhone.vao.test', null, 45.7606, 4.8357)
) as v(siret, raison, commercial, adresse, email, principal, lat, lon) on v.siret = o.siret
where not exists (select 1 from organisme_identite i where i.organisme_id = o.id);

insert into organisme_identite (organisme_id, courante, siret, verifiee, nom_naissance, prenom, profession,
    telephone, adresse_domicile, adresse_identique, cree_le)
select o.id, true, o.siret, true, 'GARNIER', 'CLAIRE', 'Q', '0622334455', '8 quai de la Fosse 44000 Nantes', true,
       now()
from organisme o where o.siret = '81234567800070'
  and not exists (select 1 from organisme_identite i where i.organisme_id = o.id);

insert into organisme_representant (identite_id, rang, nom, prenom, fonction)
select i.id, 0, v.nom, v.prenom, v.fonction from organisme_identite i join (values
    ('73282932000074', 'DURAND', 'Marie', 'Présidente'), ('73282932000140', 'DURAND', 'Marie', 'Présidente'),
    ('44556677800020', 'BLANC', 'Olivier', 'Président')) as v(siret, nom, prenom, fonction) on v.siret = i.siret
where i.courante
on conflict do nothing;

insert into organisme_etablissement (organisme_id, siret, denomination, adresse, code_postal, commune, actif,
                                     autorise, maj_le)
select o.id, v.siret, 'ASSOCIATION ALPHA VACANCES ADAPTEES', v.adresse, v.cp, v.commune, v.actif, v.autorise, now()
from organisme o cross join (values
    ('73282932000140', '5 AV PABLO PICASSO', '92000', 'NANTERRE', true, true),
    ('73282932000090', '3 RUE DU PORT', '13002', 'MARSEILLE 2', false, false)
) as v(siret, adresse, cp, commune, actif, autorise)
where o.siret = '73282932000074'
on conflict do nothing;

insert into organisme_protocole_transport (organisme_id, responsables, modes, precision_mode_organisation,
                                           deplacement_durant_sejour, vehicules_adaptes, precision_vehicules, modifie_le)
select o.id, '{organisateur}', '{autocar,train}', 'Car affrété depuis le siège, train pour les longues distances',
       true, true, 'Véhicules équipés de rampes et d''ancrages de fauteuils', now()
from organisme o where o.siret in ('73282932000074', '81234567800070', '44556677800020')
on conflict do nothing;

insert into organisme_protocole_sanitaire (organisme_id, dispositions_specifiques, constitution_equipe,
    precision_equipe, accord_cabinet, precision_cabinet, trousse_pharmacie, responsables_medicaments,
    precision_medicaments, stockage_securise, precision_stockage, conservation_thermosensibles,
    individualisation_traitements, precision_individualisation, preparation_piluliers, precision_piluliers,
    prescription_jointe, protocole_modification, precision_modification, fiche_suivi, protocole_evacuation,
    precision_evacuation, protocole_accident, precision_accident, protocole_reorientation, precision_reorientation,
    protocole_canicule, precision_canicule, gestion_budget_personnel, modifie_le)
select o.id, false, '{personne_formee}', 'Un accompagnant titulaire du PSC 1 par groupe', true,
       'Convention avec le cabinet médical du lieu de séjour', true, '{professionnel_sante}',
       'Infirmière libérale passant matin et soir', true, 'Armoire fermée à clé dans le bureau', true, true,
       'Piluliers nominatifs', 'prepares_prealablement', 'Préparés par la pharmacie avant le départ', true, true,
       'Appel du médecin traitant et mise à jour de la fiche', true, true, 'Rapatriement par la famille ou l''assistance',
       true, 'Appel du 15 puis information de la famille', true, 'Retour accompagné organisé avec la famille',
       true, 'Pièce rafraîchie et hydratation renforcée', 'Argent de poche remis chaque jour, carnet de dépenses',
       now()
from organisme o where o.siret in ('73282932000074', '81234567800070', '44556677800020')
on conflict do nothing;

insert into agrement (organisme_id, statut, type_depot, numero, region_obtention, date_obtention, date_fin_validite,
                      cree_le, cree_par, modifie_le)
select o.id, 'VALIDE', 'EXISTANT', v.numero, v.region, v.obtention, v.obtention + interval '5 years', now(), 0, now()
from organisme o join (values
    ('73282932000074', 'AGR-IDF-2024-017', 'IDF', date '2024-06-01'),
    ('81234567800070', 'AGR-PDL-2023-004', 'PDL', date '2023-04-15')
) as v(siret, numero, region, obtention) on v.siret = o.siret
where not exists (select 1 from agrement a where a.organisme_id = o.id);

-- EIG roles (spec §1.1): the creators of a siège social or of a personne physique hold Eig_Ecriture; the user of
-- Alpha's établissement secondaire may read its EIG.
insert into organisateur_role (organisateur_id, role, accorde_le)
select u.id, v.role, now() from organisateur u join (values
    ('orga-alpha@vao.test', 'Eig_Ecriture'), ('orga-physique@vao.test', 'Eig_Ecriture'),
    ('orga-rhone@vao.test', 'Eig_Ecriture'), ('orga-alpha-92@vao.test', 'Eig_Lecture')
) as v(email, role) on v.email = u.email
on conflict do nothing;

-- Hébergements of Alpha (issue 3): one in Paris for the siège, one in the Hauts-de-Seine for its établissement
-- secondaire; active, so that agents of 75, 92 and IDF see them in the list and on the map.
insert into hebergement (hebergement_id, courante, statut, organisme_id, nom, nom_gestionnaire, adresse_label,
    adresse_code_insee, adresse_code_postal, departement, lat, lon, cle_ban, telephone_1, email, type, visite_locaux,
    visite_locaux_le, reglementation_erp, accessibilite, pension, prestations, description, nombre_lits,
    nombre_lits_superposes, nombre_max_personnes_couchage, couchage_individuel, rangement_individuel,
    chambres_unisexes, chambres_doubles, amenagements_specifiques, amenagements_precision, vehicules_adaptes,
    deplacement_proximite, excursion, cree_par, cree_le, modifie_par, modifie_le)
select v.uuid::uuid, true, 'actif', o.id, v.nom, 'Hélène Marchand', v.label, v.insee, v.cp, v.dep, v.lat, v.lon,
       v.cle, '0145000000', 'accueil@hebergement.vao.test', v.type, true, date '2026-03-12', false, 'accessible',
       'pension_complete', '{blanchisseries,entretien_locaux}', 'Chambres de 2 au rez-de-chaussée, sanitaires adaptés',
       24, 0, 2, true, true, true, true, true, 'Barres d''appui et douches à l''italienne', true,
       'Promenades quotidiennes à pied, moins de 2 km', 'Une excursion par semaine en car adapté', u.id, now(), u.id,
       now()
from organisme o
join lateral (select min(id) as id from organisateur where siret = o.siret) u on true
join (values
    ('73282932000074', '6f1c2d3e-0000-4000-8000-000000000075', 'Maison des Lilas', '10 Rue des Lilas 75019 Paris',
     '75119', '75019', '75', 48.8771, 2.3990, '75119_5678_00010', 'residence_tourisme'),
    ('73282932000140', '6f1c2d3e-0000-4000-8000-000000000092', 'Résidence du Parc', '2 Allée du Parc 92000 Nanterre',
     '92050', '92000', '92', 48.8924, 2.2071, '92050_1234_00002', 'hotel')
) as v(siret, uuid, nom, label, insee, cp, dep, lat, lon, cle, type) on v.siret = o.siret
where not exists (select 1 from hebergement h where h.hebergement_id = v.uuid::uuid);

-- Déclarations de séjour of Alpha (issue 4): one in every status, in its Paris hébergement, so that the organiser's
-- list, the DDETS 75 and DREETS IDF lists and the instruction actions can be tried at once.
insert into declaration_sejour (numero, statut, organisme_id, departement_suivi, libelle, date_debut, date_fin, periode,
    effectif, responsable, vacanciers, personnel, projet, transport, sanitaire, attestation, organisme_instantane,
    cree_par, cree_le, modifie_le, transmise_le)
select case when v.statut = 'BROUILLON' then null
            else 'DS-' || to_char(current_date + v.debut, 'YY') || '-75-'
                 || lpad(nextval('declaration_numero_seq')::text, 4, '0') end,
       v.statut, o.id, case when v.statut = 'BROUILLON' then null else '75' end, v.libelle,
       current_date + v.debut, current_date + v.debut + v.duree,
       case when extract(month from current_date + v.debut) <= 3 then 'hiver'
            when extract(month from current_date + v.debut) <= 6 then 'printemps'
            when extract(month from current_date + v.debut) <= 9 then 'ete' else 'automne' end,
       12,
       '{"nom":"Lefebvre","prenom":"Julie","fonction":"Directrice des séjours","adresse":"12 rue de la Paix 75002 Paris","telephone":"0612345678","email":"sejours@alpha.vao.test"}',
       '{"femmes":5,"hommes":7,"total":12,"tranchesAge":["18_39","40_59"],"deficiences":["mental","moteur"],"precisionDeficiences":"Deux personnes en fauteuil roulant"}',
       '{"nombreAccompagnants":4,"nombreResponsables":1,"procedureRecrutementSupplementaire":true}',
       '{"destinations":["mer"],"activitesSportives":["baignade","randonnee"],"activitesCulturelles":["visites"],"activitesBienEtre":[],"activitesPersonnel":null}',
       '{"responsables":["organisateur"],"modes":["autocar"],"precisionModeOrganisation":"Car affrété depuis le siège","deplacementDurantSejour":true,"vehiculesAdaptes":true,"precisionVehicules":"Véhicules équipés de rampes"}',
       '{"dispositionsSpecifiques":false,"constitutionEquipe":["personne_formee"],"precisionEquipe":"Un accompagnant titulaire du PSC 1","accordCabinet":false,"troussePharmacie":true,"responsablesMedicaments":["professionnel_sante"],"precisionMedicaments":"Infirmière libérale matin et soir","stockageSecurise":true,"precisionStockage":"Armoire fermée à clé","conservationThermosensibles":true,"individualisationTraitements":false,"preparationPiluliers":"aucune","prescriptionJointe":true,"protocoleModification":false,"ficheSuivi":true,"protocoleEvacuation":false,"protocoleAccident":false,"protocoleReorientation":false,"protocoleCanicule":true,"precisionCanicule":"Pièce rafraîchie et hydratation","gestionBudgetPersonnel":"Argent de poche remis chaque jour"}',
       case when v.statut = 'BROUILLON' then null
            else jsonb_build_object('aCertifie', true, 'nom', 'Lefebvre', 'prenom', 'Julie', 'qualite', 'Directrice des séjours', 'le', current_date - 70) end,
       '{"nom":"ASSOCIATION ALPHA VACANCES ADAPTEES","siret":"73282932000074","personneMorale":true,"agrementNumero":"AGR-IDF-2024-017","agrementRegion":"IDF"}',
       u.id, now(), now(), case when v.statut = 'BROUILLON' then null else now() end
from organisme o
join lateral (select min(id) as id from organisateur where siret = o.siret) u on true
cross join (values
    ('BROUILLON', 'Démo – Brouillon : séjour à la montagne', 90, 7),
    ('TRANSMISE', 'Démo – Transmise : bord de mer en Bretagne', 75, 10),
    ('EN COURS', 'Démo – En cours d''instruction : Côte d''Opale', 80, 7),
    ('A MODIFIER', 'Démo – À modifier : séjour à thème musique', 85, 6),
    ('REFUSEE', 'Démo – Refusée : croisière fluviale', 70, 5),
    ('EN ATTENTE DECLARATION 8 JOURS', 'Démo – En attente des 8 jours : Vendée', 20, 10),
    ('TRANSMISE 8J', 'Démo – Transmise à 8 jours : Alpes', 9, 7),
    ('EN COURS 8J', 'Démo – En cours à 8 jours : Jura', 10, 7),
    ('A MODIFIER 8J', 'Démo – À modifier à 8 jours : Vosges', 12, 7),
    ('REFUSEE 8J', 'Démo – Refusée à 8 jours : Cévennes', 15, 6),
    ('VALIDEE 8J', 'Démo – Validée : Camargue', 5, 8),
    ('SEJOUR EN COURS', 'Démo – Séjour en cours : Normandie', -2, 7),
    ('TERMINEE', 'Démo – Terminée : Pays basque', -40, 10),
    ('ANNULEE', 'Démo – Annulée : Corse', 60, 8),
    ('ABANDONNEE', 'Démo – Abandonnée : Auvergne', -5, 7)
) as v(statut, libelle, debut, duree)
where o.siret = '73282932000074'
  and not exists (select 1 from declaration_sejour d where d.organisme_id = o.id and d.libelle = v.libelle);

insert into declaration_hebergement (declaration_id, ordre, hebergement_id, hebergement_version, nom, departement,
                                     date_debut, date_fin)
select d.id, 0, h.hebergement_id, h.id, h.nom, h.departement, d.date_debut, d.date_fin
from declaration_sejour d
join organisme o on o.id = d.organisme_id and o.siret = '73282932000074'
join hebergement h on h.hebergement_id = '6f1c2d3e-0000-4000-8000-000000000075'::uuid and h.courante
where d.libelle like 'Démo – %'
on conflict do nothing;

insert into declaration_visibilite (territoire, declaration_id)
select t.code, d.id from declaration_sejour d
join organisme o on o.id = d.organisme_id and o.siret = '73282932000074'
cross join (values ('75'), ('IDF')) as t(code)
where d.libelle like 'Démo – %' and d.statut <> 'BROUILLON'
on conflict do nothing;

insert into declaration_historique (declaration_id, le, source, organisateur_id, type)
select d.id, d.cree_le, 'Julie Lefebvre', d.cree_par, 'creation'
from declaration_sejour d join organisme o on o.id = d.organisme_id and o.siret = '73282932000074'
where d.libelle like 'Démo – %'
  and not exists (select 1 from declaration_historique x where x.declaration_id = d.id);

-- The staff declared at 8 days (ADR 0016) of Alpha's déclarations past that step.
update declaration_sejour d set equipe = '{"encadrants":[{"nom":"Moreau","prenom":"Hélène","dateNaissance":"1978-04-12","competence":"BAFD, infirmière","fonctions":["medicaments"],"telephone":"0611223344","attestation":true}],"accompagnants":[{"nom":"Garnier","prenom":"Tom","dateNaissance":"1998-09-30","competence":"BAFA","fonctions":["activites","transport"],"telephone":"0655667788","attestation":true},{"nom":"Roux","prenom":"Inès","dateNaissance":"2001-02-14","competence":"Aide médico-psychologique","fonctions":["restauration"],"telephone":"0699887766","attestation":true}],"formation":"Réunion de préparation de trois heures la semaine précédant le départ","prestataires":[{"categorie":"transport","personneMorale":true,"raisonSociale":"Cars du Littoral","nomCommercial":null,"adresse":"4 avenue de la Gare 75012 Paris","nom":null,"prenom":null,"dateNaissance":null,"competence":null,"telephone":"0140000000"}]}'
from organisme o
where o.id = d.organisme_id and o.siret = '73282932000074' and d.libelle like 'Démo – %' and d.equipe is null
  and d.statut in ('TRANSMISE 8J', 'EN COURS 8J', 'A MODIFIER 8J', 'REFUSEE 8J', 'VALIDEE 8J', 'SEJOUR EN COURS',
                   'TERMINEE');

-- Conversations (ADR 0018) on three of Alpha's déclarations, one in each state seen by the DDETS 75: NON LU (the
-- organiser wrote last, unread), LU (read, not answered), REPONDU (the agent answered).
insert into message (fil_type, fil_id, organisateur_id, agent_id, auteur, texte, cree_le, lu_le)
select 'declaration', d.id, case when m.de = 'O' then u.id end, case when m.de = 'A' then a.id end,
       case when m.de = 'O' then 'Julie Lefebvre' else 'Nadia Petit (DDETS 75)' end, m.texte,
       now() - m.il_y_a * interval '1 hour', case when m.lu then now() - (m.il_y_a - 1) * interval '1 hour' end
from declaration_sejour d
join organisme o on o.id = d.organisme_id and o.siret = '73282932000074'
join organisateur u on u.email = 'orga-alpha@vao.test'
join agent a on a.email = 'ddets-75@vao.test'
join (values
    ('Démo – Transmise : bord de mer en Bretagne', 'O', 'Bonjour, le gîte propose finalement une salle d''activités accessible : faut-il le préciser dans la déclaration ?', 5, false),
    ('Démo – En cours d''instruction : Côte d''Opale', 'O', 'Bonjour, pouvez-vous nous confirmer la bonne réception de notre déclaration ?', 30, true),
    ('Démo – À modifier : séjour à thème musique', 'O', 'Bonjour, quelles précisions attendez-vous sur l''encadrement des activités ?', 50, true),
    ('Démo – À modifier : séjour à thème musique', 'A', 'Bonjour, merci d''indiquer la qualification de l''intervenant musique et le nombre d''accompagnants pendant les ateliers.', 26, false)
) as m(libelle, de, texte, il_y_a, lu) on m.libelle = d.libelle
where not exists (select 1 from message x where x.fil_type = 'declaration' and x.fil_id = d.id);

insert into fil_message (fil_type, fil_id, nombre, dernier_le, dernier_de, dernier_lu)
select 'declaration', x.fil_id, count(*), max(x.cree_le),
       (array_agg(case when x.agent_id is null then 'ORGANISATEUR' else 'AGENT' end order by x.cree_le desc))[1],
       (array_agg(x.lu_le is not null order by x.cree_le desc))[1]
from message x join declaration_sejour d on d.id = x.fil_id and x.fil_type = 'declaration'
join organisme o on o.id = d.organisme_id and o.siret = '73282932000074'
where d.libelle like 'Démo – %'
group by x.fil_id
on conflict (fil_type, fil_id) do update set nombre = excluded.nombre, dernier_le = excluded.dernier_le,
    dernier_de = excluded.dernier_de, dernier_lu = excluded.dernier_lu;
