-- Places: where each event happened as the gazetteer resolved it, and every place a sentence names.
--
-- events.place stays the words of the text (PLOVER's extracted_place); the columns below are the gazetteer's
-- answer, all null when it did not know the place. place_area is set for a direction or a named area
-- ("northern Mali", "the Sahel"): such an event has no point, whatever its country or region.

ALTER TABLE events ADD COLUMN place_name TEXT;
ALTER TABLE events ADD COLUMN place_geonameid INTEGER;
ALTER TABLE events ADD COLUMN place_lat REAL;
ALTER TABLE events ADD COLUMN place_lon REAL;
ALTER TABLE events ADD COLUMN place_admin1 TEXT;
ALTER TABLE events ADD COLUMN place_country TEXT;
ALTER TABLE events ADD COLUMN place_feature TEXT;
ALTER TABLE events ADD COLUMN place_resolution INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN place_area TEXT;

CREATE INDEX events_place ON events (place_geonameid);

CREATE TABLE place_mentions (
    doc_id      TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    sentence    INTEGER NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    name        TEXT,
    geonameid   INTEGER,
    lat         REAL,
    lon         REAL,
    admin1      TEXT,
    country     TEXT,
    feature     TEXT,
    resolution  INTEGER NOT NULL,
    area        TEXT,
    demonym     INTEGER NOT NULL CHECK (demonym IN (0, 1)),
    source      TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    PRIMARY KEY (doc_id, ordinal),
    CHECK ((lat IS NULL) = (lon IS NULL))
) STRICT;

CREATE INDEX place_mentions_place ON place_mentions (geonameid);
