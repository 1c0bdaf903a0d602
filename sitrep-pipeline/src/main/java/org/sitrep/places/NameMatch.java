package org.sitrep.places;

/** One gazetteer place found for a name, and which of its names matched. */
public record NameMatch(Place place, MatchedOn matchedOn) {
}
