package org.sitrep.export;

import java.time.LocalDate;
import org.sitrep.store.DocumentSummary;

/**
 * What an event export needs of a document: enough to cite it in a mention.
 *
 * @param published the publication date, or null when the document gives none
 */
public record DocumentSummaryView(String id, String title, String publisher, LocalDate published) {
    public static DocumentSummaryView of(DocumentSummary summary) {
        return new DocumentSummaryView(summary.id(), summary.title(), summary.publisher(), summary.published());
    }
}
