package org.sitrep.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A report as ingested: its extracted text and where it came from.
 *
 * @param id stable identifier derived from the content hash, so re-ingesting the same bytes finds it
 * @param path the path the user gave, as a string (for display and for replacing a changed file)
 * @param sha256 hex digest of the original bytes
 * @param mediaType detected type, such as {@code text/plain} or {@code application/pdf}
 * @param text the extracted, cleaned text; every offset elsewhere points into it
 */
public record Document(String id, String path, String sha256, String mediaType, SourceInfo source, String text,
                       Instant ingestedAt) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(text, "text");
        source = source == null ? SourceInfo.empty() : source;
    }

    /** Identifier for a content hash: the first 16 hex digits, prefixed so it reads as a document id. */
    public static String idFor(String sha256) {
        return "doc-" + sha256.substring(0, 16);
    }

    public String title() {
        if (source.title() != null && !source.title().isBlank()) {
            return source.title();
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
