-- The write side: one document and everything that hangs off it, in the caller's transaction.

-- The cascade from documents removes sentences (and their full-text entries), every mention layer and the merge
-- reasons that cite the document.
-- name: delete_previous
DELETE FROM documents WHERE id = :id OR path = :path

-- name: delete_document
DELETE FROM documents WHERE id = :id

-- name: insert_document
INSERT INTO documents (id, path, sha256, media_type, title, publisher, author, published, url,
                       language, text, text_length, ingested_at)
VALUES (:id, :path, :sha256, :mediaType, :title, :publisher, :author, :published, :url,
        :language, :text, :textLength, :ingestedAt)

-- name: insert_sentence
INSERT INTO sentences (doc_id, idx, span_start, span_end, text)
VALUES (:docId, :idx, :start, :end, :text)

-- name: insert_entity
INSERT INTO entity_mentions (doc_id, seq, sentence, span_start, span_end, text, type, source)
VALUES (:docId, :seq, :sentence, :start, :end, :text, :type, :source)

-- name: insert_time
INSERT INTO time_mentions (doc_id, seq, sentence, span_start, span_end, text, timex, range_start,
                           range_end, range_precision)
VALUES (:docId, :seq, :sentence, :start, :end, :text, :timex, :rangeStart, :rangeEnd,
        :rangePrecision)

-- name: insert_figure
INSERT INTO figures (doc_id, seq, sentence, span_start, span_end, text, value, qualifier, counted,
                     kind)
VALUES (:docId, :seq, :sentence, :start, :end, :text, :value, :qualifier, :counted, :kind)

-- name: insert_issue
INSERT INTO issues (doc_id, seq, code, stage, message)
VALUES (:docId, :seq, :code, :stage, :message)

-- An upsert, not a delete and insert: deleting would take the actor's mentions in other documents and its
-- merge reasons with it.
-- name: upsert_actor
INSERT INTO actors (id, name, name_norm, kind, country, sector, wikidata_id, curated)
VALUES (:id, :name, :nameNorm, :kind, :country, :sector, :wikidataId, :curated)
ON CONFLICT (id) DO UPDATE SET
    name = excluded.name,
    name_norm = excluded.name_norm,
    kind = excluded.kind,
    country = excluded.country,
    sector = excluded.sector,
    wikidata_id = excluded.wikidata_id,
    curated = excluded.curated

-- name: delete_aliases
DELETE FROM actor_aliases WHERE actor_id = :actorId

-- name: insert_alias
INSERT INTO actor_aliases (actor_id, position, alias, alias_norm)
VALUES (:actorId, :position, :alias, :aliasNorm)

-- name: delete_roles
DELETE FROM actor_roles WHERE actor_id = :actorId

-- name: insert_role
INSERT INTO actor_roles (actor_id, position, role, role_of, from_date, to_date)
VALUES (:actorId, :position, :role, :of, :from, :to)

-- name: insert_actor_mention
INSERT INTO actor_mentions (doc_id, seq, sentence, span_start, span_end, text, actor_id, method)
VALUES (:docId, :seq, :sentence, :start, :end, :text, :actorId, :method)

-- Every document names the dictionary reasons of the actors it uses; they are stored once per actor.
-- name: insert_merge_reason
INSERT INTO merge_reasons (actor_id, alias, rule, detail, doc_id, sentence)
SELECT :actorId, :alias, :rule, :detail, :docId, :sentence
WHERE :docId IS NOT NULL OR NOT EXISTS (
    SELECT 1 FROM merge_reasons
    WHERE actor_id = :actorId AND doc_id IS NULL AND alias IS :alias AND rule IS :rule
      AND detail IS :detail AND sentence = :sentence)

-- name: insert_event
INSERT INTO events (id, doc_id, crisis_class, plover_event, plover_modes, plover_contexts, quad,
                    date_start, date_end, date_precision, date_text, place, place_norm, place_name,
                    place_geonameid, place_lat, place_lon, place_admin1, place_country, place_feature,
                    place_resolution, place_area, dead, injured, arrested, displaced, troops, status,
                    confidence, first_sentence)
VALUES (:id, :docId, :crisisClass, :ploverEvent, :ploverModes, :ploverContexts, :quad, :dateStart,
        :dateEnd, :datePrecision, :dateText, :place, :placeNorm, :placeName, :placeGeonameid,
        :placeLat, :placeLon, :placeAdmin1, :placeCountry, :placeFeature, :placeResolution, :placeArea,
        :dead, :injured, :arrested, :displaced, :troops, :status, :confidence, :firstSentence)

-- name: insert_place_mention
INSERT INTO place_mentions (doc_id, ordinal, sentence, span_start, span_end, text, name, geonameid, lat,
                            lon, admin1, country, feature, resolution, area, demonym, source, reason)
VALUES (:docId, :ordinal, :sentence, :start, :end, :text, :name, :geonameid, :lat, :lon, :admin1,
        :country, :feature, :resolution, :area, :demonym, :source, :reason)

-- name: insert_event_actor
INSERT INTO event_actors (event_id, role, ordinal, actor_id, entity_text, span_start, span_end)
VALUES (:eventId, :role, :ordinal, :actorId, :entityText, :start, :end)

-- name: insert_event_mention
INSERT INTO event_mentions (event_id, ordinal, doc_id, sentence, span_start, span_end, text,
                            trigger_text)
VALUES (:eventId, :ordinal, :docId, :sentence, :start, :end, :text, :trigger)

-- Events hold on to their actors as mentions do. The caller runs this after the document's old rows are gone
-- (cascade) and its new ones are written, so it sees the store as it will be committed.
-- name: delete_orphaned_actors
DELETE FROM actors
WHERE curated = 0
  AND NOT EXISTS (SELECT 1 FROM actor_mentions WHERE actor_mentions.actor_id = actors.id)
  AND NOT EXISTS (SELECT 1 FROM event_actors WHERE event_actors.actor_id = actors.id)
