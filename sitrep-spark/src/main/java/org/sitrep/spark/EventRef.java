package org.sitrep.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.sitrep.export.DocumentSummaryView;
import org.sitrep.model.event.Event;
import org.sitrep.picture.ReportedEvent;

/**
 * One document's event with its actors linked, as the cross-document stage moves it: the event as JSON and
 * what the picture and the exports need of its document.
 */
record EventRef(String id, String docId, String published, String docTitle, String docPublisher, String json)
        implements Serializable {
    Event event() {
        return Codec.event(json);
    }

    ReportedEvent reported(Event event) {
        return new ReportedEvent(event, docId, published == null ? null : LocalDate.parse(published));
    }

    DocumentSummaryView document() {
        return new DocumentSummaryView(docId, docTitle, docPublisher,
                published == null ? null : LocalDate.parse(published));
    }
}
