-- Addresses in copy ("Cc") of a mail of the outbox (spec §5.2: the siège's users, the agents of the other
-- départements of a stay), comma separated like the recipients; null when there is none.
alter table courriel add column copies text;
