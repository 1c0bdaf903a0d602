-- The picture's event clusters.

-- name: all
SELECT event_id, cluster_id FROM event_clusters ORDER BY event_id

-- name: delete_class
DELETE FROM event_clusters
WHERE event_id IN (SELECT id FROM events WHERE crisis_class = :crisisClass)

-- name: upsert
INSERT INTO event_clusters (event_id, cluster_id)
SELECT id, :clusterId FROM events WHERE id = :eventId
ON CONFLICT (event_id) DO UPDATE SET cluster_id = excluded.cluster_id
