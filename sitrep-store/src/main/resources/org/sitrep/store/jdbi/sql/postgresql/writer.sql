-- name: insert_merge_reason
INSERT INTO merge_reasons (actor_id, alias, rule, detail, doc_id, sentence)
SELECT :actorId, :alias, :rule, :detail, :docId, :sentence
WHERE CAST(:docId AS TEXT) IS NOT NULL OR NOT EXISTS (
    SELECT 1 FROM merge_reasons
    WHERE actor_id = :actorId AND doc_id IS NULL AND alias IS NOT DISTINCT FROM :alias
      AND rule IS NOT DISTINCT FROM :rule AND detail IS NOT DISTINCT FROM :detail AND sentence = :sentence)
