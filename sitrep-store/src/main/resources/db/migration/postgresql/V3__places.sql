-- Places: where each event happened as the gazetteer resolved it, and every place a sentence names (SQLite's V3).

ALTER TABLE events ADD COLUMN place_name TEXT COLLATE "C";
ALTER TABLE events ADD COLUMN place_geonameid BIGINT;
ALTER TABLE events ADD COLUMN place_lat DOUBLE PRECISION;
ALTER TABLE events ADD COLUMN place_lon DOUBLE PRECISION;
ALTER TABLE events ADD COLUMN place_admin1 TEXT COLLATE "C";
ALTER TABLE events ADD COLUMN place_country TEXT COLLATE "C";
ALTER TABLE events ADD COLUMN place_feature TEXT COLLATE "C";
ALTER TABLE events ADD COLUMN place_resolution BIGINT NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN place_area TEXT COLLATE "C";

CREATE INDEX events_place ON events (place_geonameid);

CREATE TABLE place_mentions (
    doc_id      TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal     BIGINT NOT NULL,
    sentence    BIGINT NOT NULL,
    span_start  BIGINT NOT NULL,
    span_end    BIGINT NOT NULL,
    text        TEXT COLLATE "C" NOT NULL,
    name        TEXT COLLATE "C",
    geonameid   BIGINT,
    lat         DOUBLE PRECISION,
    lon         DOUBLE PRECISION,
    admin1      TEXT COLLATE "C",
    country     TEXT COLLATE "C",
    feature     TEXT COLLATE "C",
    resolution  BIGINT NOT NULL,
    area        TEXT COLLATE "C",
    demonym     INTEGER NOT NULL CHECK (demonym IN (0, 1)),
    source      TEXT COLLATE "C" NOT NULL,
    reason      TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (doc_id, ordinal),
    CHECK ((lat IS NULL) = (lon IS NULL))
);

CREATE INDEX place_mentions_place ON place_mentions (geonameid);
