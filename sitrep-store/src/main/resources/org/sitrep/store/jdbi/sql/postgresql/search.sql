-- Full-text search over sentences with the GIN-indexed tsvector of V1. The rank is negated into the column
-- SQLite's bm25 fills, lower for better: ts_rank counts how often the words occur, divided by one plus the
-- logarithm of the sentence's length (normalisation 1), as BM25 weighs frequency against length.

-- name: match
SELECT s.doc_id, d.title, d.path, s.idx, s.text, -ts_rank(s.search, q.query, 1) AS bm25
FROM sentences s
JOIN documents d ON d.id = s.doc_id
CROSS JOIN websearch_to_tsquery('sitrep', :match) AS q(query)
WHERE s.search @@ q.query
ORDER BY bm25, s.doc_id, s.idx
LIMIT :limit
