package org.sitrep.picture;

import java.util.List;
import org.sitrep.model.time.DateRange;

/**
 * An event's date from all its sources.
 *
 * @param date the tightest interval consistent with every source; when they are not consistent, the span from
 *     the first day any allows to the last; null when no source dates the event
 * @param consistent whether one interval satisfies every source
 * @param alternatives each distinct date the sources give, with the documents that give it
 */
public record ReconciledDate(DateRange date, boolean consistent, List<Alternative<DateRange>> alternatives) {
    public ReconciledDate {
        alternatives = List.copyOf(alternatives);
    }
}
