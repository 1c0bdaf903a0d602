-- What differs on PostgreSQL: the key column, strpos for instr, day arithmetic, and how to keep the planner
-- off an index.

-- name: select
SELECT e.row_id, e.id, e.crisis_class, e.plover_event, e.plover_modes, e.plover_contexts, e.quad,
       e.date_start, e.date_end, e.date_precision, e.date_text, e.place, e.place_name, e.place_geonameid,
       e.place_lat, e.place_lon, e.place_admin1, e.place_country, e.place_feature, e.place_resolution,
       e.place_area, e.dead, e.injured, e.arrested, e.displaced, e.troops, e.status, e.confidence
FROM events e

-- name: by_keys
WHERE e.row_id IN (<keys>)

-- name: max_key
SELECT COALESCE(MAX(row_id), 0) FROM events

-- name: page_head
SELECT e.row_id FROM events e

-- name: place_matches
SELECT COUNT(*) FROM (
    SELECT 1 FROM events WHERE place_norm = ANY (ARRAY(SELECT name FROM place_names WHERE strpos(name, :place) > 0))
    LIMIT :cap) AS matches

-- An array rather than IN (subquery), so that both halves of the OR are index lookups (a bitmap OR) instead of a
-- walk of the listing order.
-- name: if_document
(e.doc_id = :docId OR e.id = ANY (ARRAY(SELECT event_id FROM event_mentions WHERE doc_id = :docId)))

-- name: longest_span
SELECT MAX(sitrep_day(date_end) - sitrep_day(date_start)) FROM events

-- The matching names as an array: each row is tested against a few values instead of joining the CTE again.
-- name: if_place_sorting
e.place_norm = ANY (ARRAY(SELECT name FROM place_names WHERE strpos(name, :place) > 0))

-- An expression over the column keeps PostgreSQL off events_place_order, so that it walks the listing order.
-- name: if_place_walking
(e.place_norm || '') = ANY (ARRAY(SELECT name FROM place_names WHERE strpos(name, :place) > 0))
