-- The picture: which events of different reports are one event.
--
-- A cluster is the set of events sharing a cluster_id; its id is the id of its first event in canonical
-- order (org.sitrep.picture.EventClusterer), so a lone event's cluster has the event's own id. Rows go with
-- their event (a replaced or deleted document takes its events' rows along), so an emptied cluster simply
-- has no rows left. An event with no row (written before clustering ran) is a cluster of its own until the
-- next ingest reclusters its class. V4, not V3: V3 is the places migration on main.

CREATE TABLE event_clusters (
    event_id   TEXT NOT NULL PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    cluster_id TEXT NOT NULL
) STRICT;

CREATE INDEX event_clusters_cluster ON event_clusters (cluster_id);
