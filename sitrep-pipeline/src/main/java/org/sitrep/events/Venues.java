package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.model.place.Location;

/**
 * The facilities a sentence names: a capitalised name ending in a venue noun of words.yaml ("the Palm Hotel",
 * "the Interior Ministry", "the Kati camp"), or a capitalised venue noun followed by "of" and a capitalised name
 * ("the Ministry of Defence"). A venue is a place inside a town; a venue noun alone ("the hotel") is not a name.
 */
final class Venues {
    /** Tokens {@code first..last} of the sentence name a venue; {@code head} is its venue noun. */
    record Venue(int first, int last, int head, Span span, String text) {
        boolean covers(int index) {
            return first <= index && index <= last;
        }
    }

    /** At most this many words in lower case between a venue's name and its venue noun. */
    private static final int MAX_KIND_WORDS = 2;

    /** A sub-city place: a facility inside a town. */
    static final int SUB_CITY = 5;

    private Venues() {
    }

    /** The facility as a place inside its town; with no town known, inside the country {@code iso3} (or none). */
    static Location placeIn(String venue, Location town, String iso3) {
        if (town == null) {
            return new Location(venue, null, null, null, null, null, iso3, null, SUB_CITY, null);
        }
        return new Location(venue, town.name() == null ? town.text() : town.name(), town.geonameId(), town.lat(),
                town.lon(), town.admin1(), town.countryIso3(), town.featureCode(), SUB_CITY, null);
    }

    static List<Venue> of(Parse parse, Set<String> venueNouns) {
        List<Venue> out = new ArrayList<>();
        for (int i = 0; i < parse.size(); i++) {
            Token head = parse.token(i);
            if (!head.isNoun() || !venueNouns.contains(parse.lemma(i))) {
                continue;
            }
            int first = i;
            while (first > 0 && name(parse.token(first - 1))) {
                first--;
            }
            if (first == i) {
                // "the Kati military camp", "the Modibo Keita sports stadium": a name, then the kind of the venue.
                int modifiers = i;
                while (modifiers > 0 && i - modifiers < MAX_KIND_WORDS && kindWord(parse.token(modifiers - 1))) {
                    modifiers--;
                }
                int named = modifiers;
                while (modifiers < i && named > 0 && name(parse.token(named - 1))) {
                    named--;
                }
                first = named < modifiers ? named : i;
            }
            int last = i;
            if (first == i && capitalised(head) && i + 2 < parse.size()
                    && parse.token(i + 1).word().equalsIgnoreCase("of") && name(parse.token(i + 2))) {
                last = i + 2;
                while (last + 1 < parse.size() && name(parse.token(last + 1))) {
                    last++;
                }
            }
            // A name, not a description: "the Palm Hotel", not "the French base".
            boolean proper = false;
            for (int k = first; k <= last; k++) {
                proper |= k != i && (parse.token(k).pos().startsWith("NNP") || joinedNames(parse.token(k)));
            }
            if ((first < i || last > i) && proper) {
                out.add(venue(parse, first, last, i));
            }
        }
        return out;
    }

    /** Capitalised words joined by hyphens, which name something however tagged ("the Sino-Malian hospital"). */
    private static boolean joinedNames(Token token) {
        String[] parts = token.word().split("-");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || !Character.isUpperCase(part.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** A word in lower case telling the kind of a named venue ("military" camp, "sports" stadium). */
    private static boolean kindWord(Token token) {
        String pos = token.pos();
        return !capitalised(token) && (pos.equals("NN") || pos.equals("NNS") || pos.equals("JJ"));
    }

    /** A word of a name: capitalised, and a proper noun, an adjective or a noun ("Palm", "Interior"). */
    private static boolean name(Token token) {
        String pos = token.pos();
        return capitalised(token) && (pos.startsWith("NNP") || pos.startsWith("JJ")
                || pos.startsWith("NN") && token.index() > 0);
    }

    private static boolean capitalised(Token token) {
        return !token.word().isEmpty() && Character.isUpperCase(token.word().codePointAt(0));
    }

    private static Venue venue(Parse parse, int first, int last, int head) {
        StringBuilder text = new StringBuilder();
        for (int k = first; k <= last; k++) {
            if (k > first && parse.token(k).span().start() > parse.token(k - 1).span().end()) {
                text.append(' ');
            }
            text.append(parse.token(k).word());
        }
        Span span = new Span(parse.token(first).span().start(), parse.token(last).span().end());
        return new Venue(first, last, head, span, text.toString());
    }
}
