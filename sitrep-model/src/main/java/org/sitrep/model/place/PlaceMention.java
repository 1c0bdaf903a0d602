package org.sitrep.model.place;

import java.util.Objects;
import org.sitrep.model.Span;

/**
 * A place a sentence names, with what the gazetteer made of it.
 *
 * @param demonym whether the words are an adjective of nationality ("Malian"): they point at a country but never
 *                locate an event by themselves
 * @param source  {@code ner} when the statistical tagger found the name, {@code gazetteer} when sitrep's gazetteer
 *                matching did
 * @param reason  why the resolver chose this place, in a few words
 */
public record PlaceMention(int sentence, Span span, Location location, boolean demonym, String source,
                           String reason) {
    public PlaceMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(location, "location");
        source = Objects.requireNonNullElse(source, "ner");
        reason = Objects.requireNonNullElse(reason, "");
    }

    public String text() {
        return location.text();
    }
}
