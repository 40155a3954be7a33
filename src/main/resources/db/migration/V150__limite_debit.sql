-- Rate limits shared by every replica (ADR 0036): one fixed-window counter per key (an address and an action, a
-- token...). The window restarts when the counter reaches its maximum, so that a block lasts a whole window.
create table limite_debit (
    cle     varchar(200) primary key,
    debut   timestamptz  not null,
    compte  integer      not null
);
create index limite_debit_debut_idx on limite_debit (debut);
