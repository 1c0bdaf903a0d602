-- Events: who did what to whom, where and when, with the sentences that report them.
--
-- An event belongs to the document that reported it (doc_id) and goes with it; merging the same event
-- across documents comes later. Column names avoid SQL keywords: crisis_class, not class; span_start and
-- span_end, not start and end; trigger_text, not trigger.

CREATE TABLE events (
    id              TEXT    NOT NULL PRIMARY KEY,
    doc_id          TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    crisis_class    TEXT    NOT NULL,
    -- The PLOVER coding is all or nothing: quad is null exactly when the event has no coding. Modes and
    -- contexts are comma-joined PLOVER identifiers, '' for an empty list.
    plover_event    TEXT,
    plover_modes    TEXT,
    plover_contexts TEXT,
    quad            INTEGER,
    date_start      TEXT,
    date_end        TEXT,
    date_precision  TEXT,
    date_text       TEXT,
    place           TEXT,
    -- place folded like actor names (see actor_aliases.alias_norm), for accent-insensitive substring search.
    place_norm      TEXT,
    dead            INTEGER,
    injured         INTEGER,
    arrested        INTEGER,
    displaced       INTEGER,
    troops          INTEGER,
    status          TEXT    NOT NULL,
    confidence      REAL    NOT NULL,
    -- A date is all or nothing: DateRange requires all three.
    CHECK ((date_start IS NULL) = (date_end IS NULL) AND (date_start IS NULL) = (date_precision IS NULL)),
    CHECK ((quad IS NULL) = (plover_modes IS NULL) AND (quad IS NULL) = (plover_contexts IS NULL))
) STRICT;

CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX events_class ON events (crisis_class, date_start);
CREATE INDEX events_date ON events (date_start, date_end);
CREATE INDEX events_status ON events (status);

-- No cascade from actors: an actor is only deleted once no mention and no event names it.
CREATE TABLE event_actors (
    event_id    TEXT    NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    role        TEXT    NOT NULL CHECK (role IN ('source', 'target')),
    ordinal     INTEGER NOT NULL,
    actor_id    TEXT    REFERENCES actors (id),
    entity_text TEXT,
    span_start  INTEGER,
    span_end    INTEGER,
    PRIMARY KEY (event_id, role, ordinal),
    CHECK ((span_start IS NULL) = (span_end IS NULL))
) STRICT;

CREATE INDEX event_actors_actor ON event_actors (actor_id);

-- doc_id is the mention's own document: today always the event's, later possibly another report's.
CREATE TABLE event_mentions (
    event_id     TEXT    NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    doc_id       TEXT    REFERENCES documents (id) ON DELETE CASCADE,
    sentence     INTEGER NOT NULL,
    span_start   INTEGER,
    span_end     INTEGER,
    text         TEXT,
    trigger_text TEXT,
    PRIMARY KEY (event_id, ordinal),
    CHECK ((span_start IS NULL) = (span_end IS NULL))
) STRICT;

CREATE INDEX event_mentions_doc ON event_mentions (doc_id);
