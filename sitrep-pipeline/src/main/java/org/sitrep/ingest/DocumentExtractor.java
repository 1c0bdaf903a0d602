package org.sitrep.ingest;

import java.nio.file.Path;
import org.sitrep.model.SourceInfo;

/** Turns one report file into a {@link org.sitrep.model.Document}. Implementations are thread-safe. */
@FunctionalInterface
public interface DocumentExtractor {
    /**
     * Extracts the text and metadata of {@code file}.
     *
     * @param overrides metadata given by the user (CLI flags); its set fields win over the sidecar and over the
     *     file's own metadata. May be {@link SourceInfo#empty()}.
     * @throws IngestException if the file cannot be ingested; its code says why
     */
    Extraction extract(Path file, SourceInfo overrides);
}
