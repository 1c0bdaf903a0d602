package org.sitrep.model.time;

/** How precisely a text fixes a date; see CODEBOOK.md ("never invent precision"). */
public enum DatePrecision {
    DAY, DAYS, WEEK, MONTH, SEASON, YEAR, UNKNOWN;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
