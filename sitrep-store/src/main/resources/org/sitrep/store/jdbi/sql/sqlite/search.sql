-- Full-text search over sentences with FTS5; bm25 is lower for better matches.

-- name: match
SELECT s.doc_id, d.title, d.path, s.idx, s.text, bm25(sentence_search) AS bm25
FROM sentence_search
JOIN sentences s ON s.id = sentence_search.rowid
JOIN documents d ON d.id = s.doc_id
WHERE sentence_search MATCH :match
ORDER BY bm25, s.doc_id, s.idx
LIMIT :limit
