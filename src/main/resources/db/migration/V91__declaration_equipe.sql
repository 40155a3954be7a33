-- The staff declared at 8 days (spec §2.8.5): encadrants and accompagnants by name with their attestation, the
-- training, the external providers; one JSON document written and read whole (fr.vao.sejour.Equipe).
alter table declaration_sejour add column equipe jsonb;

-- an agent's comment (up to 2,000 characters) or the list of changes after registration goes in the précision
alter table declaration_historique alter column type_precision type text;
