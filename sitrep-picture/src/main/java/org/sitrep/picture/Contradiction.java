package org.sitrep.picture;

import java.util.List;

/**
 * Where the sources disagree: two or more sides, each with the reports behind it.
 *
 * @param kind {@code figure}, {@code date}, {@code name} or {@code actor} (who did it)
 * @param subject what they disagree about: a merged event ("COUP 2012-03-21..2012-03-22"), a figure kind, an
 *     actor
 * @param eventId the merged event it concerns, or null
 */
public record Contradiction(String kind, String subject, String eventId, List<Side> sides) {
    public Contradiction {
        sides = List.copyOf(sides);
    }

    /** One side: the value as the reports give it, and the sentences that give it. */
    public record Side(String value, List<Evidence> evidence) {
        public Side {
            evidence = List.copyOf(evidence);
        }
    }
}
