package org.sitrep.model.event;

/** Counted consequences of an event, null where the text gives none. */
public record EventSize(Long dead, Long injured, Long arrested, Long displaced, Long troops) {
    public static EventSize none() {
        return new EventSize(null, null, null, null, null);
    }
}
