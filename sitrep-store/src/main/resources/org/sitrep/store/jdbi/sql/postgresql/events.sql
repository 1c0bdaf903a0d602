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
SELECT COUNT(*) FROM events WHERE place_norm IN (SELECT name FROM place_names WHERE strpos(name, :place) > 0)

-- name: longest_span
SELECT MAX(sitrep_day(date_end) - sitrep_day(date_start)) FROM events

-- name: if_place_sorting
e.place_norm IN (SELECT name FROM place_names WHERE strpos(name, :place) > 0)

-- An expression over the column keeps PostgreSQL off events_place_order, so that it walks the listing order.
-- name: if_place_walking
(e.place_norm || '') IN (SELECT name FROM place_names WHERE strpos(name, :place) > 0)
