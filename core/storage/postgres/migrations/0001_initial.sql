-- Shirube team project on PostgreSQL, schema version 1: the logical schema of a .shirube file (version 2)
-- plus a version, an author and a time on each product and on the project's details, and the history of
-- every product change with the product as it was before.
-- Applied by pg::Migrator in one transaction, which then records the version in shirube_meta. Never edit
-- a released migration: add the next numbered file. Statements end with ";" at the end of a line.

CREATE TABLE shirube_meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE project (
    id         integer PRIMARY KEY CHECK (id = 1),
    title      text NOT NULL DEFAULT '',
    owner      text NOT NULL DEFAULT '',
    notes      text NOT NULL DEFAULT '',
    version    bigint NOT NULL DEFAULT 1 CHECK (version > 0),
    changed_by text NOT NULL DEFAULT session_user,
    changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO project (id) VALUES (1);

CREATE TABLE client (
    id       bigserial PRIMARY KEY,
    position integer NOT NULL,
    name     text NOT NULL
);

CREATE TABLE product (
    id              bigint PRIMARY KEY CHECK (id > 0),
    position        integer NOT NULL,
    name            text NOT NULL,
    profile         text NOT NULL,            -- shirube.profile/1, JSON
    selected_route  text NOT NULL DEFAULT '',
    notes           text NOT NULL DEFAULT '',
    ruleset_id      text NOT NULL DEFAULT '',
    ruleset_version text NOT NULL DEFAULT '',
    plan_snapshot   bytea,                    -- the last plan, compressed JSON; NULL = never planned
    version         bigint NOT NULL DEFAULT 1 CHECK (version > 0),
    changed_by      text NOT NULL DEFAULT session_user,
    changed_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE override (
    id            bigserial PRIMARY KEY,
    product_id    bigint NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    position      integer NOT NULL,
    activity      text NOT NULL,
    transition    text NOT NULL DEFAULT '',
    months_min    double precision,
    months_likely double precision,
    months_max    double precision,
    cost_jpy      bigint,
    note          text NOT NULL DEFAULT ''
);
CREATE INDEX override_by_product ON override (product_id, position);

CREATE TABLE milestone (
    id         bigserial PRIMARY KEY,
    product_id bigint NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    activity   text NOT NULL,
    state      text NOT NULL DEFAULT '',
    date       text NOT NULL DEFAULT '', -- YYYY-MM-DD; '' = not known
    note       text NOT NULL DEFAULT ''
);
CREATE INDEX milestone_by_product ON milestone (product_id, position);

CREATE TABLE product_history (
    id         bigserial PRIMARY KEY,
    product_id bigint NOT NULL,
    version    bigint NOT NULL,          -- the product's version after the change; 0 for a removal
    action     text NOT NULL CHECK (action IN ('created', 'changed', 'removed', 'restored')),
    name       text NOT NULL,
    changed_by text NOT NULL DEFAULT session_user,
    changed_at timestamptz NOT NULL DEFAULT now(),
    previous   text                      -- the product before the change (Product::toJson); NULL when created
);
CREATE INDEX product_history_by_product ON product_history (product_id, id);
