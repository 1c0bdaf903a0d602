package org.sitrep.store;

import java.time.Instant;
import java.time.LocalDate;

/** One row of {@code sitrep docs}. */
public record DocumentSummary(String id, String path, String title, String publisher, LocalDate published,
                              String mediaType, String sha256, int sentences, int characters, Instant ingestedAt) {
}
