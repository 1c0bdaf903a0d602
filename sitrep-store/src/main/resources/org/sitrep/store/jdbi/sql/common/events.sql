-- Events: the listing of /api/events and single events. A listing is two statements: the page's keys
-- (page_head, the conditions of the filters present, page_order, then LIMIT), then the rows of those keys.
-- The key is SQLite's rowid, PostgreSQL's row_id column.

-- name: select
SELECT e.rowid AS row_id, e.id, e.crisis_class, e.plover_event, e.plover_modes, e.plover_contexts, e.quad,
       e.date_start, e.date_end, e.date_precision, e.date_text, e.place, e.place_name, e.place_geonameid,
       e.place_lat, e.place_lon, e.place_admin1, e.place_country, e.place_feature, e.place_resolution,
       e.place_area, e.dead, e.injured, e.arrested, e.displaced, e.troops, e.status, e.confidence
FROM events e

-- name: by_keys
WHERE e.rowid IN (<keys>)

-- name: by_id
WHERE e.id = :id

-- name: count
SELECT COUNT(*) FROM events

-- name: max_key
SELECT COALESCE(MAX(rowid), 0) FROM events

-- name: page_head
SELECT e.rowid FROM events e

-- Undated events last; ties by document, then by the sentence of the first mention (events without mentions
-- after those with), then by id so that the order is total. Every term is a column of the events_*_order
-- indexes (V6), so a page's keys come from an index alone and a LIMIT stops early.
-- name: page_order
ORDER BY e.date_start IS NULL, e.date_start, e.doc_id, e.first_sentence IS NULL, e.first_sentence, e.id

-- The distinct folded place names, read from events_place_order by jumping from each to the next (a loose
-- index scan: one lookup per name, however many events share it).
-- name: place_names
WITH RECURSIVE place_names(name) AS (
    SELECT MIN(place_norm) FROM events
    UNION ALL
    SELECT (SELECT MIN(place_norm) FROM events WHERE place_norm > place_names.name)
    FROM place_names WHERE place_names.name IS NOT NULL)

-- The matches of a filter, counted up to :cap only: past it the plan is the same, and a popular place or actor
-- would otherwise cost a read of every one of its events.
-- name: place_matches
SELECT COUNT(*) FROM (
    SELECT 1 FROM events WHERE place_norm IN (SELECT name FROM place_names WHERE instr(name, :place) > 0)
    LIMIT :cap) AS matches

-- name: actor_matches
SELECT COUNT(*) FROM (SELECT 1 FROM event_actors WHERE actor_id = :actorId LIMIT :cap) AS matches

-- The longest stored interval in days, answered by the events_span index.
-- name: longest_span
SELECT MAX(julianday(date_end) - julianday(date_start)) FROM events

-- name: if_class
e.crisis_class = :crisisClass

-- name: if_status
e.status = :status

-- name: if_document
(e.doc_id = :docId OR e.id IN (SELECT event_id FROM event_mentions WHERE doc_id = :docId))

-- Few matches: read them all, then sort.
-- name: if_actor_sorting
e.id IN (SELECT event_id FROM event_actors WHERE actor_id = :actorId)

-- Many matches: walk the listing order and probe event_actors (actor_id, event_id).
-- name: if_actor_walking
EXISTS (SELECT 1 FROM event_actors a WHERE a.actor_id = :actorId AND a.event_id = e.id)

-- name: if_place_sorting
e.place_norm IN (SELECT name FROM place_names WHERE instr(name, :place) > 0)

-- A unary plus keeps SQLite off events_place_order, so that it walks the listing order instead.
-- name: if_place_walking
+e.place_norm IN (SELECT name FROM place_names WHERE instr(name, :place) > 0)

-- Overlap with [from, to]; comparisons with a null date are never true, so undated events drop out.
-- name: if_from
e.date_end >= :from

-- name: if_earliest_start
e.date_start >= :earliestStart

-- name: if_to
e.date_start <= :to

-- name: sources_and_targets
SELECT event_id, role, actor_id, entity_text, span_start, span_end FROM event_actors
WHERE event_id IN (<ids>)
ORDER BY event_id, role, ordinal

-- name: mentions
SELECT event_id, doc_id, sentence, span_start, span_end, text, trigger_text
FROM event_mentions WHERE event_id IN (<ids>)
ORDER BY event_id, ordinal
