-- Shirube project file (.shirube), schema version 1.
-- Applied by ProjectMigrator in one transaction; it sets PRAGMA user_version. Never edit a released
-- migration: add the next numbered file instead (files of every version must keep opening).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE project (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    title  TEXT NOT NULL DEFAULT '',
    owner  TEXT NOT NULL DEFAULT '',
    client TEXT NOT NULL DEFAULT '',
    notes  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE product (
    id              INTEGER PRIMARY KEY CHECK (id > 0),
    position        INTEGER NOT NULL,
    name            TEXT NOT NULL,
    profile         TEXT NOT NULL,            -- shirube.profile/1, JSON
    selected_route  TEXT NOT NULL DEFAULT '', -- route id; '' = none chosen
    notes           TEXT NOT NULL DEFAULT '',
    ruleset_id      TEXT NOT NULL DEFAULT '', -- the ruleset of the last plan; '' = never planned
    ruleset_version TEXT NOT NULL DEFAULT '',
    plan_snapshot   TEXT NOT NULL DEFAULT ''  -- shirube.plan/1 of the last plan, JSON; '' = none
);

CREATE TABLE override (
    id            INTEGER PRIMARY KEY,
    product_id    INTEGER NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    activity      TEXT NOT NULL,
    months_min    REAL,    -- all three NULL: the months are not overridden
    months_likely REAL,
    months_max    REAL,
    cost_jpy      INTEGER, -- NULL: the cost is not overridden
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX override_by_product ON override (product_id, position);

CREATE TABLE milestone (
    id         INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    activity   TEXT NOT NULL,
    date       TEXT NOT NULL, -- YYYY-MM-DD; '' = not known
    note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX milestone_by_product ON milestone (product_id, position);
