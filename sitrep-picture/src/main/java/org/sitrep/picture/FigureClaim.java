package org.sitrep.picture;

import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.model.figure.FigureKind;
import org.sitrep.model.figure.Qualifier;

/**
 * A number one report states, with its hedge: "almost 200,000 people have fled" is a claim of 200,000
 * displaced, {@link Qualifier#APPROX_BELOW}.
 *
 * @param published the report's publication date: the day the count describes; null if unknown
 */
public record FigureClaim(FigureKind kind, long value, Qualifier qualifier, String docId, LocalDate published,
                          int sentence, String text) {
    public FigureClaim {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(docId, "docId");
        qualifier = qualifier == null ? Qualifier.EXACT : qualifier;
    }

    /** Whether the report gives the number as approximate rather than as a count or a bound. */
    public boolean approx() {
        return qualifier == Qualifier.APPROX || qualifier == Qualifier.APPROX_BELOW || qualifier == Qualifier.SOME;
    }

    /**
     * The values the claim allows. "About" and "some" N allow N within {@code tolerance} either side; "almost"
     * and "nearly" N allow up to N, down to N less the tolerance; "at least" and "more than" N have no upper
     * end, "at most" and "less than" N no lower one. A bare round number ("173,000") allows what rounds to
     * it (172,500 to 173,500); a number with no trailing zeros, or fewer than two, is exact.
     */
    public Interval interval(double tolerance) {
        double v = value;
        return switch (qualifier) {
            case APPROX, SOME -> new Interval(v * (1 - tolerance), v * (1 + tolerance));
            case APPROX_BELOW -> new Interval(v * (1 - tolerance), v);
            case AT_LEAST -> new Interval(v, Double.POSITIVE_INFINITY);
            case MORE_THAN -> new Interval(v + 1, Double.POSITIVE_INFINITY);
            case AT_MOST -> new Interval(0, v);
            case LESS_THAN -> new Interval(0, Math.max(0, v - 1));
            case EXACT -> rounded(value);
        };
    }

    private static Interval rounded(long value) {
        long unit = 1;
        long rest = value;
        while (rest != 0 && rest % 10 == 0) {
            unit *= 10;
            rest /= 10;
        }
        if (unit < 100) {
            return new Interval(value, value);
        }
        return new Interval(value - unit / 2.0, value + unit / 2.0);
    }

    /** A closed interval of values. */
    public record Interval(double low, double high) {
        public boolean overlaps(Interval other) {
            return low <= other.high && other.low <= high;
        }
    }
}
