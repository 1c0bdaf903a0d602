package org.sitrep.model.event;

import java.util.Locale;

/** Whether an event happened, or was only threatened, demanded, planned, supposed or denied. */
public enum EventStatus {
    OCCURRED, THREATENED, DEMANDED, PLANNED, HYPOTHETICAL, NEGATED, ONGOING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
