-- The author's name in an agrément's history (issue 5 item 1: "sources, authors and comments, shown on both sides"),
-- written when the entry is (accounts may be renamed or deleted later), as the messages do (V93).
alter table agrement_historique add column auteur varchar(200);
