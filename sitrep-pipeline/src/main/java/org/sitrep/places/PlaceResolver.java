package org.sitrep.places;

/** Picks one place (or an area) for a toponym in the context of its document. */
public interface PlaceResolver {
    /** How many candidates a {@link Resolution} keeps. */
    int MAX_CANDIDATES = 10;

    Resolution resolve(String name, PlaceContext context);
}
