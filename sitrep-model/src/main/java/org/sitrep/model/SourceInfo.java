package org.sitrep.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What is known about where a report comes from. Every field may be absent except that
 * {@code published}, when present, anchors relative dates ("last Friday") in the report.
 */
public record SourceInfo(String title, String publisher, String author, LocalDate published, String url,
                         String language) {
    public static SourceInfo empty() {
        return new SourceInfo(null, null, null, null, null, null);
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    /** Fields of {@code override} win where they are set. */
    public SourceInfo overriddenBy(SourceInfo override) {
        return new SourceInfo(
                firstNonNull(override.title, title),
                firstNonNull(override.publisher, publisher),
                firstNonNull(override.author, author),
                firstNonNull(override.published, published),
                firstNonNull(override.url, url),
                firstNonNull(override.language, language));
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }
}
