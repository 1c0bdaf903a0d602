package org.sitrep.actors;

/**
 * Whether a name is a known place, so that a place the statistical tagger calls a person ("Kati", "Gao") never
 * becomes an actor. Implementations are thread-safe.
 */
@FunctionalInterface
public interface PlaceNames {
    /** {@code normalisedName} is folded with {@link Names#normalise}. */
    boolean isPlace(String normalisedName);

    static PlaceNames none() {
        return name -> false;
    }
}
