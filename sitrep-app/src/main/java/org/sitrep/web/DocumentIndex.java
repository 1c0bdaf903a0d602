package org.sitrep.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.Store;

/**
 * The stored documents' summaries, kept between requests because every event names its documents. Reloaded
 * after an upload, and when asked for a document it does not know (another process may have ingested it).
 * Thread-safe.
 */
final class DocumentIndex {
    private final Store store;
    private volatile Map<String, DocumentSummary> byId;

    DocumentIndex(Store store) {
        this.store = store;
    }

    Map<String, DocumentSummary> byId() {
        Map<String, DocumentSummary> current = byId;
        if (current == null) {
            current = reload();
        }
        return current;
    }

    List<DocumentSummary> all() {
        return List.copyOf(reload().values());
    }

    Optional<DocumentSummary> get(String id) {
        DocumentSummary found = byId().get(id);
        if (found == null) {
            found = reload().get(id);
        }
        return Optional.ofNullable(found);
    }

    void invalidate() {
        byId = null;
    }

    private Map<String, DocumentSummary> reload() {
        Map<String, DocumentSummary> fresh = new LinkedHashMap<>();
        store.documents().forEach(document -> fresh.put(document.id(), document));
        byId = fresh;
        return fresh;
    }
}
