-- Statistiques (issue 6, ADR 0031): the read models built over the demo data, so that /bo/statistiques shows figures
-- at the first local start (the nightly job STATISTIQUES and "Actualiser" rebuild them afterwards). Re-runnable.
select statistique_actualiser(now());
