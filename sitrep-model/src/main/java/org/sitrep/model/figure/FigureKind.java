package org.sitrep.model.figure;

/** What a figure counts, as far as sitrep's event attributes care. */
public enum FigureKind {
    DEAD, INJURED, ARRESTED, DISPLACED, TROOPS, PEOPLE, OTHER;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
