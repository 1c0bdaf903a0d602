-- Places: what the gazetteer made of the names reports give.

-- name: events_per_place
SELECT place_geonameid AS id, COUNT(*) AS n FROM events
WHERE place_geonameid IS NOT NULL AND place_area IS NULL GROUP BY place_geonameid

-- name: all_mentions
SELECT doc_id, sentence, span_start, span_end, text, name, geonameid, lat, lon, admin1, country,
       feature, resolution, area, demonym, source, reason
FROM place_mentions WHERE demonym = 0 AND area IS NULL ORDER BY doc_id, ordinal

-- name: of_document
SELECT sentence, span_start, span_end, text, name, geonameid, lat, lon, admin1, country, feature,
       resolution, area, demonym, source, reason
FROM place_mentions WHERE doc_id = :docId ORDER BY ordinal

-- name: with_sentences
SELECT p.doc_id, s.text AS sentence_text, p.sentence, p.span_start, p.span_end, p.text,
       p.name, p.geonameid, p.lat, p.lon, p.admin1, p.country, p.feature, p.resolution,
       p.area, p.demonym, p.source, p.reason
FROM place_mentions p
JOIN sentences s ON s.doc_id = p.doc_id AND s.idx = p.sentence
ORDER BY p.doc_id, p.ordinal
