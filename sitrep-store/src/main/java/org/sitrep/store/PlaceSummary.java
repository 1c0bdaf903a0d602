package org.sitrep.store;

import org.sitrep.model.place.Location;

/**
 * A place the stored reports name, with how often: one per gazetteer place (or per unresolved spelling).
 *
 * @param place     the place; {@code text} is its most frequent spelling
 * @param mentions  how many times the sentences name it (demonyms not counted)
 * @param events    how many stored events happened there
 * @param documents how many documents name it
 */
public record PlaceSummary(Location place, int mentions, int events, int documents) {
}
