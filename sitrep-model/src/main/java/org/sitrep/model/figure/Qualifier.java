package org.sitrep.model.figure;

/** How a report hedges a number: "almost 200,000" is {@link #APPROX_BELOW}, "at least four" {@link #AT_LEAST}. */
public enum Qualifier {
    EXACT, APPROX, APPROX_BELOW, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, SOME;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
