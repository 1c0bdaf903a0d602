-- Indexes that answer each /api/events filter without reading event rows, so that a page of 500 events costs
-- about the same whatever the filter (measured with `sitrep bench-api` on 100,000 events).
--
-- The listing order ends with the sentence of the event's first mention, which V5 took from a join with
-- event_mentions: every candidate row had to be read and joined before the sort. Copying that sentence into
-- the event makes the whole order an index key, so the page's ids come from the index alone.

ALTER TABLE events ADD COLUMN first_sentence INTEGER;

UPDATE events
SET first_sentence = (SELECT m.sentence FROM event_mentions m WHERE m.event_id = events.id AND m.ordinal = 0);

DROP INDEX events_order;
DROP INDEX events_class_order;
DROP INDEX events_status_order;

CREATE INDEX events_order ON events (date_start IS NULL, date_start, doc_id, first_sentence IS NULL, first_sentence, id);
CREATE INDEX events_class_order
    ON events (crisis_class, date_start IS NULL, date_start, doc_id, first_sentence IS NULL, first_sentence, id);
CREATE INDEX events_status_order
    ON events (status, date_start IS NULL, date_start, doc_id, first_sentence IS NULL, first_sentence, id);

-- The place filter matches words inside place_norm, which no index can look up; instead the distinct values
-- are read from this index by skipping from one to the next, matched, and their events read from it in order.
CREATE INDEX events_place_order
    ON events (place_norm, date_start IS NULL, date_start, doc_id, first_sentence IS NULL, first_sentence, id);

-- The actor filter either reads an actor's events from here or, for an actor in many events, walks the
-- listing order and probes here: both without touching event_actors rows.
DROP INDEX event_actors_actor;
CREATE INDEX event_actors_actor ON event_actors (actor_id, event_id);

-- Date filters overlap [from, to]; bounding date_start from below as well needs the longest interval stored,
-- which this index answers at once (MAX over an indexed expression).
CREATE INDEX events_span ON events (julianday(date_end) - julianday(date_start));
