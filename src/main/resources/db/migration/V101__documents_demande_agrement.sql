-- The documents of an agrément request (spec §2.6, ADR 0026): attached to the agrément ('AGREMENT', its id) through
-- the document module; the single-file categories hold one document at most per agrément (a new upload replaces
-- the previous one in the same transaction), the others any number. The DREETS's AGR_AMODIFIER and AGR_REFUS are
-- left to the instruction side (a second request of complements brings a second file).
create unique index document_agrement_unique_uk on document (rattachement_id, categorie)
    where rattachement_type = 'AGREMENT'
      and categorie in ('AGR_PROCVERBAL', 'AGR_IMMATRICUL', 'AGR_ASSURRESP', 'AGR_ASSURRAPAT',
                        'AGR_PROJETSSEJOURSCASIER');
