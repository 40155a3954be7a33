-- Documents VAO generates itself (spec §2.12: the PDFs of a déclaration de séjour, ADR 0017): marked as such, not
-- uploaded, so not scanned and not bound to the 5 MB limit of uploads (a long staff list must still fit).
alter table document add column genere boolean not null default false;
alter table document drop constraint document_taille_check;
alter table document add constraint document_taille_check check (taille >= 1 and (genere or taille <= 5000000));
