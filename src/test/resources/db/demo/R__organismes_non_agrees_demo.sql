-- Demo of the "Organisme non agréé" alert (ADR 0022), after R__donnees_demo (repeatables run in the order of their
-- names): Loisirs Rhône Solidaires (orga-rhone, Lyon, no agrément today) had its agrément withdrawn after submitting
-- one déclaration, which the DDETS 69 (ddets-69) still has to instruct: its detail shows the alert. Re-runnable.
insert into organisme_non_agree (siret, nom, region_delivrance, nature_decision, date_decision, modifie_par,
                                 modifie_le)
values ('44556677800020', 'LOISIRS RHONE SOLIDAIRES', 'AURA', 'RETRAIT', current_date - 20,
        'Données de démonstration', now())
on conflict (siret) do nothing;

insert into declaration_sejour (numero, statut, organisme_id, departement_suivi, libelle, date_debut, date_fin, periode,
    effectif, responsable, vacanciers, personnel, projet, transport, sanitaire, attestation, organisme_instantane,
    cree_par, cree_le, modifie_le, transmise_le)
select 'DS-' || to_char(current_date + 70, 'YY') || '-69-' || lpad(nextval('declaration_numero_seq')::text, 4, '0'),
       'TRANSMISE', o.id, '69', 'Démo – Organisme non agréé : lac d''Annecy', current_date + 70, current_date + 77,
       case when extract(month from current_date + 70) <= 3 then 'hiver'
            when extract(month from current_date + 70) <= 6 then 'printemps'
            when extract(month from current_date + 70) <= 9 then 'ete' else 'automne' end,
       8,
       '{"nom":"Fontaine","prenom":"Marc","fonction":"Directeur","adresse":"20 rue de la République 69002 Lyon","telephone":"0633445566","email":"orga-rhone@vao.test"}',
       '{"femmes":4,"hommes":4,"total":8,"tranchesAge":["40_59"],"deficiences":["mental"],"precisionDeficiences":"Autonomie partielle"}',
       '{"nombreAccompagnants":3,"nombreResponsables":1,"procedureRecrutementSupplementaire":false}',
       '{"destinations":["montagne"],"activitesSportives":["randonnee"],"activitesCulturelles":["visites"],"activitesBienEtre":[],"activitesPersonnel":null}',
       '{"responsables":["organisateur"],"modes":["autocar"],"precisionModeOrganisation":"Car affrété depuis Lyon","deplacementDurantSejour":false,"vehiculesAdaptes":true,"precisionVehicules":"Car avec élévateur"}',
       '{"dispositionsSpecifiques":false,"constitutionEquipe":["personne_formee"],"precisionEquipe":"Un accompagnant titulaire du PSC 1","accordCabinet":false,"troussePharmacie":true,"responsablesMedicaments":["accompagnant"],"precisionMedicaments":"Distribution par l''accompagnant référent","stockageSecurise":true,"precisionStockage":"Armoire fermée à clé","conservationThermosensibles":false,"individualisationTraitements":false,"preparationPiluliers":"aucune","prescriptionJointe":true,"protocoleModification":false,"ficheSuivi":true,"protocoleEvacuation":false,"protocoleAccident":false,"protocoleReorientation":false,"protocoleCanicule":true,"precisionCanicule":"Pièce rafraîchie","gestionBudgetPersonnel":"Argent de poche remis chaque jour"}',
       jsonb_build_object('aCertifie', true, 'nom', 'Fontaine', 'prenom', 'Marc', 'qualite', 'Directeur', 'le', current_date - 30),
       '{"nom":"LOISIRS RHONE SOLIDAIRES","siret":"44556677800020","personneMorale":true,"agrementNumero":"AGR-AURA-2019-031","agrementRegion":"AURA"}',
       u.id, now() - interval '30 days', now() - interval '30 days', now() - interval '30 days'
from organisme o
join lateral (select min(id) as id from organisateur where siret = o.siret) u on true
where o.siret = '44556677800020'
  and not exists (select 1 from declaration_sejour d where d.organisme_id = o.id
                  and d.libelle = 'Démo – Organisme non agréé : lac d''Annecy');

insert into declaration_visibilite (territoire, declaration_id)
select t.code, d.id from declaration_sejour d
join organisme o on o.id = d.organisme_id and o.siret = '44556677800020'
cross join (values ('69'), ('AURA')) as t(code)
where d.libelle = 'Démo – Organisme non agréé : lac d''Annecy'
on conflict do nothing;

insert into declaration_historique (declaration_id, le, source, organisateur_id, type)
select d.id, d.cree_le, 'Marc Fontaine', d.cree_par, x.type
from declaration_sejour d join organisme o on o.id = d.organisme_id and o.siret = '44556677800020'
cross join (values ('creation'), ('depot_2m')) as x(type)
where d.libelle = 'Démo – Organisme non agréé : lac d''Annecy'
  and not exists (select 1 from declaration_historique h where h.declaration_id = d.id);
