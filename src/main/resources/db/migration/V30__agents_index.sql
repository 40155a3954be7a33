-- Agents list (spec §2.4 "Agents de l'Etat"): indexes for its filters and sorts. The table stays small (a few
-- thousand agents at most), so "contains" filters on nom/prénom/e-mail scan it; the sorts and the frequent filters
-- (territory perimeter, accounts still to activate, active/inactive) are served by indexes.
create index agent_prenom_idx on agent (lower(prenom), lower(nom));
create index agent_a_activer_idx on agent (territoire_code) where active_le is null;
create index agent_desactive_idx on agent (desactive, territoire_code);
create index agent_role_role_idx on agent_role (role);
