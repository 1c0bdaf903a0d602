package org.sitrep.picture;

import java.time.LocalDate;
import java.util.List;

/**
 * A change of state: an office changes hands, a town is taken or left, a measure starts or ends.
 *
 * @param aspect {@code power}, {@code control} or {@code measure}
 * @param change what changed, in words ("CNRDRE holds head of state")
 */
public record StateChange(LocalDate date, String aspect, String country, String change, List<Evidence> evidence) {
    public StateChange {
        evidence = List.copyOf(evidence);
    }
}
