-- Indexes that answer each /api/events filter without reading event rows (SQLite's V6, which explains each).

ALTER TABLE events ADD COLUMN first_sentence BIGINT;

UPDATE events
SET first_sentence = (SELECT m.sentence FROM event_mentions m WHERE m.event_id = events.id AND m.ordinal = 0);

DROP INDEX events_order;
DROP INDEX events_class_order;
DROP INDEX events_status_order;

-- Each carries the key a page is read by (row_id), and the listing order the place, so that a page's keys, and a
-- walk of the listing order that tests the place, come from the index alone (PostgreSQL reads no table row for
-- an index-only scan; SQLite's rowid is in every index by itself).
CREATE INDEX events_order
    ON events ((date_start IS NULL), date_start, doc_id, (first_sentence IS NULL), first_sentence, id)
    INCLUDE (row_id, place_norm);
CREATE INDEX events_class_order
    ON events (crisis_class, (date_start IS NULL), date_start, doc_id, (first_sentence IS NULL), first_sentence, id)
    INCLUDE (row_id);
CREATE INDEX events_status_order
    ON events (status, (date_start IS NULL), date_start, doc_id, (first_sentence IS NULL), first_sentence, id)
    INCLUDE (row_id);
CREATE INDEX events_place_order
    ON events (place_norm, (date_start IS NULL), date_start, doc_id, (first_sentence IS NULL), first_sentence, id)
    INCLUDE (row_id);

DROP INDEX event_actors_actor;
CREATE INDEX event_actors_actor ON event_actors (actor_id, event_id);

-- The day number of an ISO date. Text-to-date casts are only STABLE (they read DateStyle), but an ISO
-- yyyy-MM-dd reads the same under every DateStyle, so this is immutable and may be indexed.
CREATE FUNCTION sitrep_day(day TEXT) RETURNS INTEGER
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT to_date(day, 'YYYY-MM-DD') - DATE '2000-01-01' $$;

CREATE INDEX events_span ON events ((sitrep_day(date_end) - sitrep_day(date_start)));
