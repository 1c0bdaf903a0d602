-- Documents and their layers. Titles are completed in Java (Rows.displayTitle).

-- name: summary_select
SELECT d.id, d.path, d.title, d.publisher, d.published, d.media_type, d.sha256, d.text_length,
       d.ingested_at,
       (SELECT COUNT(*) FROM sentences s WHERE s.doc_id = d.id) AS sentence_count
FROM documents d

-- name: by_hash
WHERE d.sha256 = :sha256

-- name: by_path
WHERE d.path = :path

-- name: list_order
ORDER BY d.path, d.id

-- name: document
SELECT id, path, sha256, media_type, title, publisher, author, published, url, language, text, ingested_at
FROM documents WHERE id = :id

-- name: sentences
SELECT idx, span_start, span_end, text FROM sentences WHERE doc_id = :docId ORDER BY idx

-- name: times
SELECT sentence, span_start, span_end, text, timex, range_start, range_end, range_precision
FROM time_mentions WHERE doc_id = :docId ORDER BY seq

-- name: figures
SELECT sentence, span_start, span_end, text, value, qualifier, counted, kind
FROM figures WHERE doc_id = :docId ORDER BY seq

-- name: issues
SELECT code, stage, message FROM issues WHERE doc_id = :docId ORDER BY seq

-- name: entities
SELECT sentence, span_start, span_end, text, type, source
FROM entity_mentions WHERE doc_id = :docId ORDER BY seq

-- name: actor_mentions
SELECT sentence, span_start, span_end, text, actor_id, method
FROM actor_mentions WHERE doc_id = :docId ORDER BY seq

-- name: counts
SELECT (SELECT COUNT(*) FROM documents) AS documents,
       (SELECT COUNT(*) FROM sentences) AS sentences,
       (SELECT COUNT(*) FROM entity_mentions) AS entity_mentions,
       (SELECT COUNT(*) FROM actor_mentions) AS actor_mentions,
       (SELECT COUNT(*) FROM actors) AS actors,
       (SELECT COUNT(*) FROM figures) AS figures
