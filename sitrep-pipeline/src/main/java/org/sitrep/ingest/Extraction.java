package org.sitrep.ingest;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Document;
import org.sitrep.model.Issue;

/**
 * A document extracted from one file, with the warnings raised on the way (the document is usable).
 *
 * @param warnings issues such as {@code text_not_utf8} or {@code meta_unknown_field}; may be empty
 */
public record Extraction(Document document, List<Issue> warnings) {
    public Extraction {
        Objects.requireNonNull(document, "document");
        warnings = List.copyOf(warnings);
    }
}
