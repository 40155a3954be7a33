-- Demo inspections (issue 6, ADR 0030), after R__donnees_demo (repeatables run in the order of their names): the
-- DDETS 75 (ddets-75) and the DREETS IDF (dreets-idf) hold the role Controle; Alpha's stays in Paris have one
-- inspection in each state, one with an open injunction. The reports' PDFs are generated at start by
-- fr.vao.controle.InspectionsDemonstration (profile local). Re-runnable: each row is keyed by its synthèse.
insert into agent_role (agent_id, role)
select a.id, 'Controle' from agent a where a.email in ('ddets-75@vao.test', 'dreets-idf@vao.test')
on conflict do nothing;

insert into inspection (declaration_id, organisme_id, hebergement_id, departement, statut, annoncee, date_prevue,
                        date_realisee, rapport_envoye_le, cree_par, cree_le, modifie_le, points, conclusion, synthese,
                        declaration_numero, sejour_libelle, organisme_nom)
select d.id, d.organisme_id, '6f1c2d3e-0000-4000-8000-000000000075'::uuid, '75', v.statut, v.annoncee,
       current_date + v.prevue, case when v.realisee is null then null else current_date + v.realisee end,
       case when v.envoye is null then null else now() + make_interval(days => v.envoye) end,
       a.id, now(), now(), v.points::jsonb, v.conclusion, v.synthese, d.numero, d.libelle,
       'ASSOCIATION ALPHA VACANCES ADAPTEES'
from (values
    ('Démo – Validée : Camargue', 'PLANIFIEE', false, 6, null, null, '{}', null,
     'Démo – inspection planifiée, inopinée'),
    ('Démo – Validée : Camargue', 'ANNULEE', true, 7, null, null, '{}', null,
     'Démo – inspection annulée : visite reportée à la saison prochaine'),
    ('Démo – Séjour en cours : Normandie', 'REALISEE', false, -1, -1, null,
     '{"PERSONNEL_PRESENT":{"etat":"CONFORME","commentaire":"Trois personnes présentes sur trois déclarées"},"HYGIENE":{"etat":"CONFORME","commentaire":null},"MEDICAMENTS":{"etat":"NON_CONFORME","commentaire":"Armoire à pharmacie non fermée à clé"}}',
     'OBSERVATIONS', 'Démo – inspection réalisée, rapport à envoyer'),
    ('Démo – Séjour en cours : Normandie', 'RAPPORT_ENVOYE', true, -2, -2, -1,
     '{"PERSONNEL_PRESENT":{"etat":"NON_CONFORME","commentaire":"Un accompagnant absent"},"SECURITE_HEBERGEMENT":{"etat":"NON_CONFORME","commentaire":"Issue de secours encombrée"},"HYGIENE":{"etat":"CONFORME","commentaire":null}}',
     'INJONCTION', 'Démo – rapport envoyé : une injonction ouverte'),
    ('Démo – Terminée : Pays basque', 'CLOTUREE', true, -38, -38, -37,
     '{"TRANSPORT":{"etat":"NON_CONFORME","commentaire":"Véhicule sans rampe"},"ACTIVITES":{"etat":"CONFORME","commentaire":null}}',
     'INJONCTION', 'Démo – inspection clôturée : injonction levée')
) as v(libelle, statut, annoncee, prevue, realisee, envoye, points, conclusion, synthese)
join declaration_sejour d on d.libelle = v.libelle
join organisme o on o.id = d.organisme_id and o.siret = '73282932000074'
join agent a on a.email = 'ddets-75@vao.test'
where not exists (select 1 from inspection x where x.declaration_id = d.id and x.synthese = v.synthese);

insert into inspection_agent (inspection_id, agent_id)
select i.id, a.id from inspection i join agent a on a.email = 'ddets-75@vao.test'
where i.synthese like 'Démo – %'
on conflict do nothing;

insert into inspection_constat (inspection_id, gravite, point, description, cree_le)
select i.id, v.gravite, v.point, v.description, now()
from (values
    ('Démo – inspection réalisée, rapport à envoyer', 'MINEURE', 'MEDICAMENTS', 'Armoire à pharmacie ouverte en l''absence de l''infirmière'),
    ('Démo – rapport envoyé : une injonction ouverte', 'MAJEURE', 'SECURITE_HEBERGEMENT', 'Issue de secours du premier étage encombrée par des valises'),
    ('Démo – inspection clôturée : injonction levée', 'MAJEURE', 'TRANSPORT', 'Transfert en véhicule non adapté aux fauteuils')
) as v(synthese, gravite, point, description)
join inspection i on i.synthese = v.synthese
where not exists (select 1 from inspection_constat c where c.inspection_id = i.id);

insert into injonction (inspection_id, texte, echeance, statut, cree_le, modifie_le)
select i.id, v.texte, current_date + v.echeance, v.statut, now(), now()
from (values
    ('Démo – rapport envoyé : une injonction ouverte', 'Dégager l''issue de secours du premier étage et en justifier par une photo', 10, 'OUVERTE'),
    ('Démo – inspection clôturée : injonction levée', 'Utiliser un véhicule adapté pour chaque transfert', -20, 'LEVEE')
) as v(synthese, texte, echeance, statut)
join inspection i on i.synthese = v.synthese
where not exists (select 1 from injonction j where j.inspection_id = i.id);

insert into declaration_historique (declaration_id, le, source, agent_id, type, type_precision)
select i.declaration_id, i.rapport_envoye_le, 'DDETS 75', i.cree_par, 'inspection_rapport',
       'Rapport d''inspection du ' || to_char(i.date_realisee, 'DD/MM/YYYY')
from inspection i
where i.synthese like 'Démo – %' and i.rapport_envoye_le is not null
  and not exists (select 1 from declaration_historique h where h.declaration_id = i.declaration_id
                  and h.type = 'inspection_rapport' and h.le = i.rapport_envoye_le);
