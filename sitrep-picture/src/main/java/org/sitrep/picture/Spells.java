package org.sitrep.picture;

import java.time.LocalDate;
import java.util.List;

/** Stretches of time over which something held: an office, a town, a measure. */
public final class Spells {
    private Spells() {
    }

    /** Something that held from {@link #start} until the day before {@link #until} (null: still holds). */
    public interface Spell {
        LocalDate start();

        LocalDate until();

        default boolean activeOn(LocalDate day) {
            return start() != null && !day.isBefore(start()) && (until() == null || day.isBefore(until()));
        }
    }

    /**
     * An office held.
     *
     * @param holderId the store or dictionary actor id, or null
     * @param basis {@code dictionary} (a dated role), {@code events}, or both
     * @param evidence the sentences that support the holding; {@code endEvidence} those that end it
     * @param endedBy why it ended ("coup", "resigned", "succeeded"), null while it lasts or when the dictionary
     *     gives the end
     */
    public record Power(String office, String country, String holderId, String holder, LocalDate since,
                        LocalDate until, String endedBy, String basis, List<Evidence> evidence,
                        List<Evidence> endEvidence) implements Spell {
        public Power {
            evidence = List.copyOf(evidence);
            endEvidence = List.copyOf(endEvidence);
        }

        @Override
        public LocalDate start() {
            return since;
        }
    }

    /**
     * A town or region held.
     *
     * @param heldBy the holders' names (identified actors only)
     * @param geonameId the place's GeoNames id, or null until events carry resolved places
     */
    public record Control(String place, String placeKey, Long geonameId, String country, List<String> heldBy,
                          List<String> heldByIds, LocalDate since, LocalDate until, String endedBy,
                          List<Evidence> evidence, List<Evidence> endEvidence) implements Spell {
        public Control {
            heldBy = List.copyOf(heldBy);
            heldByIds = List.copyOf(heldByIds);
            evidence = List.copyOf(evidence);
            endEvidence = List.copyOf(endEvidence);
        }

        @Override
        public LocalDate start() {
            return since;
        }
    }

    /**
     * A measure in force.
     *
     * @param kind its crisis class (SANCTION, SUSPEND_MEMBERSHIP, BORDER_CLOSE, AID_SUSPEND)
     * @param since the day it was taken, or null when no report dates it
     * @param knownBy the day it is known to be in force from: {@code since}, or else the first publication of a
     *     report that tells of it
     */
    public record Measure(String kind, String by, String against, String country, LocalDate since,
                          LocalDate knownBy, LocalDate until, String endedBy, List<Evidence> evidence,
                          List<Evidence> endEvidence) implements Spell {
        public Measure {
            evidence = List.copyOf(evidence);
            endEvidence = List.copyOf(endEvidence);
        }

        @Override
        public LocalDate start() {
            return since != null ? since : knownBy;
        }
    }
}
