-- 'prepares_prealablement' has 22 characters: the column of V60 was too short (found by the demo data test).
alter table organisme_protocole_sanitaire alter column preparation_piluliers type varchar(30);
