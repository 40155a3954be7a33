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
