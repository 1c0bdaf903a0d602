-- sitrep knowledge base, SQLite dialect.
--
-- Conventions: dates are ISO-8601 text (yyyy-MM-dd), instants ISO-8601 UTC text with a fixed nine-digit
-- fraction so that they sort as text. Spans are [span_start, span_end) in UTF-16 code units of
-- documents.text, the unit Java uses for every offset. Lists keep their order in a seq or position column.
-- Every row that belongs to a document cascades from it, so deleting a document removes all it added.

CREATE TABLE documents (
    id          TEXT    NOT NULL PRIMARY KEY,
    path        TEXT,
    sha256      TEXT    NOT NULL UNIQUE,
    media_type  TEXT,
    title       TEXT,
    publisher   TEXT,
    author      TEXT,
    published   TEXT,
    url         TEXT,
    language    TEXT,
    text        TEXT    NOT NULL,
    text_length INTEGER NOT NULL,
    ingested_at TEXT
) STRICT;

-- Unique because saving a document replaces whatever was ingested from the same path.
CREATE UNIQUE INDEX documents_path ON documents (path);

-- The explicit INTEGER PRIMARY KEY keeps rowids stable across VACUUM, which the external-content
-- full-text index below relies on.
CREATE TABLE sentences (
    id         INTEGER PRIMARY KEY,
    doc_id     TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    UNIQUE (doc_id, idx)
) STRICT;

-- Full-text index over sentence text without a second copy of it. remove_diacritics 2 folds accents
-- in both the index and the query, so "Toure" finds "Touré".
CREATE VIRTUAL TABLE sentence_search USING fts5 (
    text,
    content = 'sentences',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Triggers keep the index in the writing transaction; they also fire for rows removed by the
-- ON DELETE CASCADE from documents.
CREATE TRIGGER sentences_after_insert AFTER INSERT ON sentences
BEGIN
    INSERT INTO sentence_search (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER sentences_after_delete AFTER DELETE ON sentences
BEGIN
    INSERT INTO sentence_search (sentence_search, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER sentences_after_update AFTER UPDATE ON sentences
BEGIN
    INSERT INTO sentence_search (sentence_search, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO sentence_search (rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE entity_mentions (
    doc_id     TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    sentence   INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       TEXT,
    type       TEXT,
    source     TEXT,
    PRIMARY KEY (doc_id, seq)
) STRICT;

CREATE TABLE time_mentions (
    doc_id          TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    sentence        INTEGER NOT NULL,
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL,
    text            TEXT,
    timex           TEXT,
    range_start     TEXT,
    range_end       TEXT,
    range_precision TEXT,
    PRIMARY KEY (doc_id, seq),
    -- A range is all or nothing: DateRange requires all three.
    CHECK ((range_start IS NULL) = (range_end IS NULL) AND (range_start IS NULL) = (range_precision IS NULL))
) STRICT;

CREATE TABLE figures (
    doc_id     TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    sentence   INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       TEXT,
    value      INTEGER NOT NULL,
    qualifier  TEXT,
    counted    TEXT,
    kind       TEXT,
    PRIMARY KEY (doc_id, seq)
) STRICT;

CREATE TABLE issues (
    doc_id  TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    code    TEXT,
    stage   TEXT,
    message TEXT,
    PRIMARY KEY (doc_id, seq)
) STRICT;

-- Actors outlive documents: curated ones always, discovered ones while some mention names them.
CREATE TABLE actors (
    id          TEXT    NOT NULL PRIMARY KEY,
    name        TEXT    NOT NULL,
    name_norm   TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    country     TEXT,
    sector      TEXT,
    wikidata_id TEXT,
    curated     INTEGER NOT NULL CHECK (curated IN (0, 1))
) STRICT;

CREATE INDEX actors_name_norm ON actors (name_norm);

-- alias_norm is the alias folded for lookup (NFKD, no marks, lower case, punctuation runs as one space).
CREATE TABLE actor_aliases (
    actor_id   TEXT    NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    alias      TEXT    NOT NULL,
    alias_norm TEXT    NOT NULL,
    PRIMARY KEY (actor_id, position)
) STRICT;

CREATE INDEX actor_aliases_norm ON actor_aliases (alias_norm);

CREATE TABLE actor_roles (
    actor_id  TEXT    NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    role      TEXT,
    role_of   TEXT,
    from_date TEXT,
    to_date   TEXT,
    PRIMARY KEY (actor_id, position)
) STRICT;

-- No cascade from actors: an actor is only deleted once nothing mentions it.
CREATE TABLE actor_mentions (
    doc_id     TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    sentence   INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       TEXT,
    actor_id   TEXT    NOT NULL REFERENCES actors (id),
    method     TEXT,
    PRIMARY KEY (doc_id, seq)
) STRICT;

CREATE INDEX actor_mentions_actor ON actor_mentions (actor_id);

-- doc_id is null for dictionary knowledge, which stays with the actor when documents come and go.
CREATE TABLE merge_reasons (
    id       INTEGER PRIMARY KEY,
    actor_id TEXT    NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    alias    TEXT,
    rule     TEXT,
    detail   TEXT,
    doc_id   TEXT    REFERENCES documents (id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL
) STRICT;

CREATE INDEX merge_reasons_actor ON merge_reasons (actor_id);
CREATE INDEX merge_reasons_doc ON merge_reasons (doc_id);
