package org.sitrep.store.jdbi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.sitrep.model.event.CrisisClass;

/** Reads and replaces the picture's event clusters ({@code sql/.../clusters.sql}). Thread-safe. */
final class ClusterTable {
    private static final String FILE = "clusters";

    private final Database db;

    ClusterTable(Database db) {
        this.db = db;
    }

    Map<String, String> eventClusters() {
        return db.read("read the event clusters", handle -> {
            Map<String, String> clusters = new LinkedHashMap<>();
            handle.createQuery(db.sql(FILE, "all"))
                    .map((row, context) -> Map.entry(row.getString("event_id"), row.getString("cluster_id")))
                    .forEach(entry -> clusters.put(entry.getKey(), entry.getValue()));
            return clusters;
        });
    }

    void saveEventClusters(Set<CrisisClass> classes, Map<String, String> clusterByEvent) {
        Objects.requireNonNull(classes, "classes");
        Objects.requireNonNull(clusterByEvent, "clusterByEvent");
        db.write("save the event clusters", handle -> {
            for (CrisisClass crisisClass : classes) {
                handle.createUpdate(db.sql(FILE, "delete_class")).bind("crisisClass", crisisClass.name()).execute();
            }
            if (clusterByEvent.isEmpty()) {
                return null;
            }
            try (PreparedBatch batch = handle.prepareBatch(db.sql(FILE, "upsert"))) {
                for (Map.Entry<String, String> entry : clusterByEvent.entrySet()) {
                    batch.bind("eventId", entry.getKey()).bind("clusterId", entry.getValue()).add();
                }
                batch.execute();
            }
            return null;
        });
    }
}
