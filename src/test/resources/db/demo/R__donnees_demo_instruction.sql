-- Demo messagerie of the agrément requests (issue 5 item 4, ADR 0028), after R__donnees_demo_agrements.sql: on
-- "Cap sur les vacances" (À corriger) a question of the organisme the DREETS has not read yet, on "Vacances et
-- différences" (Instruction en cours) an exchange the DREETS answered. dreets-idf@vao.test instructs both.
-- Idempotent: each thread is written once.
insert into message (fil_type, fil_id, organisateur_id, agent_id, auteur, texte, cree_le, lu_le)
select 'agrement', a.id, u.id, null, 'Zoé Faure',
       'Bonjour, faut-il joindre un nouveau protocole de rapatriement ou compléter celui du dossier ?',
       now() - interval '1 day', null
from agrement a join organisme o on o.id = a.organisme_id and o.siret = '91100005700008'
join organisateur u on u.email = 'orga-agr-corriger@vao.test'
where a.statut = 'A_CORRIGER' and not a.supprime
  and not exists (select 1 from message m where m.fil_type = 'agrement' and m.fil_id = a.id);

insert into message (fil_type, fil_id, organisateur_id, agent_id, auteur, texte, cree_le, lu_le)
select 'agrement', a.id, v.organisateur, v.agent, v.auteur, v.texte, now() - v.il_y_a, now() - v.il_y_a + interval '2 hours'
from agrement a join organisme o on o.id = a.organisme_id and o.siret = '91100004000004'
cross join lateral (values
    ((select id from organisateur where email = 'orga-agr-instruction@vao.test'), null::bigint, 'Paul Mercier',
     'Bonjour, pouvez-vous nous indiquer la date prévisionnelle de la décision ?', interval '3 days'),
    (null::bigint, (select id from agent where email = 'dreets-idf@vao.test'), 'Sophie Martin',
     'Bonjour, le dossier est complet : la décision interviendra avant la fin du délai de deux mois.',
     interval '2 days')
) as v(organisateur, agent, auteur, texte, il_y_a)
where a.statut = 'EN_INSTRUCTION' and not a.supprime
  and not exists (select 1 from message m where m.fil_type = 'agrement' and m.fil_id = a.id);

-- the read model of these threads (ADR 0018), from their messages
insert into fil_message (fil_type, fil_id, nombre, dernier_le, dernier_de, dernier_lu)
select 'agrement', m.fil_id,
       (select count(*) from message x where x.fil_type = 'agrement' and x.fil_id = m.fil_id), m.cree_le,
       case when m.agent_id is null then 'ORGANISATEUR' else 'AGENT' end, m.lu_le is not null
from message m
where m.fil_type = 'agrement' and m.fil_id in (select a.id from agrement a join organisme o on o.id = a.organisme_id
                                               where o.siret in ('91100005700008', '91100004000004'))
  and m.cree_le = (select max(x.cree_le) from message x where x.fil_type = 'agrement' and x.fil_id = m.fil_id)
on conflict (fil_type, fil_id) do nothing;
