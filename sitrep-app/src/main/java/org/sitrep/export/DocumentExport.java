package org.sitrep.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.store.DocumentSummary;

/** One document's metadata as a flat record, for JSON Lines and CSV. */
public final class DocumentExport {
    private DocumentExport() {
    }

    public static Map<String, Object> toMap(DocumentSummary document) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", document.id());
        out.put("title", document.title());
        out.put("publisher", document.publisher());
        out.put("published", document.published() == null ? null : document.published().toString());
        // The file name only: where the file lay on the machine that ingested it is no reader's business.
        out.put("path", fileName(document.path()));
        out.put("media_type", document.mediaType());
        out.put("sha256", document.sha256());
        out.put("sentences", document.sentences());
        out.put("characters", document.characters());
        out.put("ingested_at", document.ingestedAt() == null ? null : document.ingestedAt().toString());
        return out;
    }

    /** The last segment of a path, with either separator. */
    public static String fileName(String path) {
        if (path == null) {
            return null;
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
