-- Actors, their aliases, roles, mentions and merge reasons.

-- name: columns
a.id, a.name, a.kind, a.country, a.sector, a.wikidata_id, a.curated

-- name: all
SELECT a.id, a.name, a.kind, a.country, a.sector, a.wikidata_id, a.curated
FROM actors a ORDER BY a.name, a.id

-- name: counted
SELECT a.id, a.name, a.kind, a.country, a.sector, a.wikidata_id, a.curated,
       COUNT(*) AS mentions, COUNT(DISTINCT m.doc_id) AS documents
FROM actors a JOIN actor_mentions m ON m.actor_id = a.id
WHERE :kind IS NULL OR a.kind = :kind
GROUP BY a.id
ORDER BY mentions DESC, documents DESC, a.name, a.id

-- name: by_id
SELECT a.id, a.name, a.kind, a.country, a.sector, a.wikidata_id, a.curated
FROM actors a WHERE a.id = :id

-- name: by_ids
SELECT a.id, a.name, a.kind, a.country, a.sector, a.wikidata_id, a.curated
FROM actors a WHERE a.id IN (<ids>)

-- name: find_head
SELECT a.id, a.name, a.kind, a.country, a.sector, a.wikidata_id, a.curated
FROM actors a
LEFT JOIN (SELECT actor_id, COUNT(*) AS mentions FROM actor_mentions GROUP BY actor_id) c
    ON c.actor_id = a.id
WHERE

-- name: find_order
ORDER BY COALESCE(c.mentions, 0) DESC, a.name, a.id

-- name: named
a.name_norm = :folded
OR a.id IN (SELECT actor_id FROM actor_aliases WHERE alias_norm = :folded)

-- name: named_containing
instr(a.name_norm, :folded) > 0
OR a.id IN (SELECT actor_id FROM actor_aliases WHERE instr(alias_norm, :folded) > 0)

-- name: aliases_of
SELECT actor_id, alias FROM actor_aliases WHERE actor_id IN (<ids>)
ORDER BY actor_id, position

-- name: roles_of
SELECT actor_id, role, role_of, from_date, to_date FROM actor_roles
WHERE actor_id IN (<ids>)
ORDER BY actor_id, position

-- name: mention_count
SELECT COUNT(*) FROM actor_mentions WHERE actor_id = :actorId

-- name: mentions
SELECT m.doc_id, d.title, d.path, m.sentence, s.text AS sentence_text, m.span_start,
       m.span_end, m.text, m.method
FROM actor_mentions m
JOIN documents d ON d.id = m.doc_id
LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sentence
WHERE m.actor_id = :actorId
ORDER BY d.published IS NULL, d.published, d.id, m.sentence, m.span_start, m.seq
LIMIT :limit

-- name: merge_reasons
SELECT actor_id, alias, rule, detail, doc_id, sentence FROM merge_reasons
WHERE actor_id = :actorId
ORDER BY doc_id IS NOT NULL, doc_id, sentence, id

-- name: name_uses
SELECT m.actor_id, m.text, m.doc_id, m.sentence, s.text AS sentence_text
FROM actor_mentions m
LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sentence
WHERE m.text IS NOT NULL
ORDER BY m.actor_id, m.doc_id, m.seq
