-- Events: who did what to whom, where and when, with the sentences that report them (SQLite's V2).
-- row_id stands for SQLite's rowid: the key a listing page is read by.

CREATE TABLE events (
    row_id          BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    id              TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    doc_id          TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    crisis_class    TEXT COLLATE "C" NOT NULL,
    plover_event    TEXT COLLATE "C",
    plover_modes    TEXT COLLATE "C",
    plover_contexts TEXT COLLATE "C",
    quad            BIGINT,
    date_start      TEXT COLLATE "C",
    date_end        TEXT COLLATE "C",
    date_precision  TEXT COLLATE "C",
    date_text       TEXT COLLATE "C",
    place           TEXT COLLATE "C",
    place_norm      TEXT COLLATE "C",
    dead            BIGINT,
    injured         BIGINT,
    arrested        BIGINT,
    displaced       BIGINT,
    troops          BIGINT,
    status          TEXT COLLATE "C" NOT NULL,
    confidence      DOUBLE PRECISION NOT NULL,
    CHECK ((date_start IS NULL) = (date_end IS NULL) AND (date_start IS NULL) = (date_precision IS NULL)),
    CHECK ((quad IS NULL) = (plover_modes IS NULL) AND (quad IS NULL) = (plover_contexts IS NULL))
);

CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX events_class ON events (crisis_class, date_start);
CREATE INDEX events_date ON events (date_start, date_end);
CREATE INDEX events_status ON events (status);

CREATE TABLE event_actors (
    event_id    TEXT COLLATE "C" NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    role        TEXT COLLATE "C" NOT NULL CHECK (role IN ('source', 'target')),
    ordinal     BIGINT NOT NULL,
    actor_id    TEXT COLLATE "C" REFERENCES actors (id),
    entity_text TEXT COLLATE "C",
    span_start  BIGINT,
    span_end    BIGINT,
    PRIMARY KEY (event_id, role, ordinal),
    CHECK ((span_start IS NULL) = (span_end IS NULL))
);

CREATE INDEX event_actors_actor ON event_actors (actor_id);

CREATE TABLE event_mentions (
    event_id     TEXT COLLATE "C" NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    ordinal      BIGINT NOT NULL,
    doc_id       TEXT COLLATE "C" REFERENCES documents (id) ON DELETE CASCADE,
    sentence     BIGINT NOT NULL,
    span_start   BIGINT,
    span_end     BIGINT,
    text         TEXT COLLATE "C",
    trigger_text TEXT COLLATE "C",
    PRIMARY KEY (event_id, ordinal),
    CHECK ((span_start IS NULL) = (span_end IS NULL))
);

CREATE INDEX event_mentions_doc ON event_mentions (doc_id);
