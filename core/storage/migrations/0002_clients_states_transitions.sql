-- Schema version 2: a project names any number of clients (version 1 had one text field), a
-- milestone may name the state it reached, and an override may name the transition whose step it
-- changes (the same activity can occur on several transitions).

CREATE TABLE client (
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL
);
INSERT INTO client (position, name) SELECT 0, trim(client) FROM project WHERE trim(client) <> '';
ALTER TABLE project DROP COLUMN client;

ALTER TABLE milestone ADD COLUMN state TEXT NOT NULL DEFAULT '';
ALTER TABLE override ADD COLUMN transition TEXT NOT NULL DEFAULT '';
