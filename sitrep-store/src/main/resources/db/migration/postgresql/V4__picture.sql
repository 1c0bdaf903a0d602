-- The picture: which events of different reports are one event (SQLite's V4).

CREATE TABLE event_clusters (
    event_id   TEXT COLLATE "C" NOT NULL PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    cluster_id TEXT COLLATE "C" NOT NULL
);

CREATE INDEX event_clusters_cluster ON event_clusters (cluster_id);
