package org.sitrep.events;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.model.Sentence;
import org.sitrep.model.place.Location;
import org.sitrep.model.place.PlaceMention;

/**
 * Where the story is: the last town (else region) the sentences before name, across paragraphs but never past a
 * heading (events.yaml {@code limits.narrative_town_sentences}); and the named place a noun refers to: "the town",
 * "the port" the last town named, "the province" the last region, "the capital" the capital, and "a village ..." the
 * place one of the next sentences names with the same noun ("the village of X").
 */
final class NarrativePlaces {
    /** Closing quotes and brackets after a sentence's last word. */
    private static final String CLOSERS = "\"'’”)]";

    private final CodingContext context;
    private final PlaceSieve sieve;
    /** The report's country (ISO3), or null: the story is not at a town of another country. */
    private final String focusIso3;
    private final Map<Integer, Parse> parses = new HashMap<>();
    private final Map<Integer, Boolean> headings = new HashMap<>();
    private final Map<Integer, Optional<Location>> stories = new HashMap<>();
    private final Map<Integer, List<Venues.Venue>> venues = new HashMap<>();

    NarrativePlaces(CodingContext context, PlaceSieve sieve, String focusIso3) {
        this.context = context;
        this.sieve = sieve;
        this.focusIso3 = focusIso3;
    }

    /**
     * The town (else region) the story is at when {@code sentence} begins: the last one the sentences before it
     * name, within {@code limits.narrative_town_sentences}; those of the paragraph before only when its own
     * paragraph has named none so far, and never past a heading. "The province", "the port" count as the place
     * they refer to.
     */
    Optional<Location> before(int sentence) {
        int reach = context.lexicon.limits().narrativeTownSentences();
        for (int earlier = sentence - 1; earlier >= Math.max(0, sentence - reach); earlier--) {
            if (heading(earlier)) {
                break;
            }
            Optional<Location> here = storyPlace(earlier);
            if (here.isPresent()) {
                return here;
            }
        }
        return Optional.empty();
    }

    /** The last town a sentence names or refers to ("the port"), else its last region. */
    private Optional<Location> storyPlace(int sentence) {
        Optional<Location> known = stories.get(sentence);
        if (known != null) {
            return known;
        }
        Optional<Location> place = storyPlaceOf(sentence);
        stories.put(sentence, place);
        return place;
    }

    private Optional<Location> storyPlaceOf(int sentence) {
        Parse parse = parse(sentence);
        TreeMap<Integer, Location> named = new TreeMap<>();
        for (PlaceMention place : context.places(sentence)) {
            if (story(place, sentence)) {
                named.put(place.span().start(), place.location());
            }
        }
        Words.PlaceWords words = context.words.places();
        for (int k = 0; k < parse.size(); k++) {
            String lemma = parse.lemma(k);
            if (parse.token(k).isNoun() && (words.townNouns().contains(lemma) || words.regionNouns().contains(lemma)
                    || words.venueNouns().contains(lemma))
                    && parse.children(k, "det").stream().anyMatch(d -> parse.lemma(d).equals("the"))
                    && !namesPlace(k, parse, sentence)) {
                int start = parse.token(k).span().start();
                referent(k, parse, sentence, null).ifPresent(l -> named.put(start, l));
            }
        }
        Location region = null;
        for (Location place : named.descendingMap().values()) {
            if (place.resolution() > Location.REGION || !place.resolved()) {
                return Optional.of(place);
            }
            region = region == null && place.resolution() == Location.REGION ? place : region;
        }
        return Optional.ofNullable(region);
    }

    /** Whether a place the sentence names lies in the phrase under {@code head} ("the town of Gao"). */
    private boolean namesPlace(int head, Parse parse, int sentence) {
        for (int index : parse.subtree(head)) {
            for (PlaceMention place : context.places(sentence)) {
                if (place.span().overlaps(parse.token(index).span())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The named place the noun at {@code head} refers to, when it is a noun of a town, a region or the capital
     * ("took the port", "sent troops to the province", "a village near the lake").
     */
    Optional<Location> referent(int head, Parse parse, int sentence, Location capital) {
        Words.PlaceWords words = context.words.places();
        String lemma = parse.lemma(head);
        boolean indefinite = parse.children(head, "det").stream()
                .anyMatch(d -> context.words.newEventDeterminers().contains(parse.lemma(d)));
        if (words.capitalNouns().contains(lemma)) {
            return indefinite ? Optional.empty() : Optional.ofNullable(capital);
        }
        boolean town = words.townNouns().contains(lemma);
        if (!town && !words.regionNouns().contains(lemma)) {
            return words.venueNouns().contains(lemma) && !indefinite && definite(head, parse)
                    ? facility(lemma, head, parse, sentence) : Optional.empty();
        }
        if (indefinite) {
            return after(lemma, sentence);
        }
        int start = parse.token(head).span().start();
        for (int earlier = sentence; earlier >= reachFrom(sentence); earlier--) {
            if (earlier < sentence && heading(earlier)) {
                break;
            }
            List<PlaceMention> named = context.places(earlier);
            for (int i = named.size() - 1; i >= 0; i--) {
                PlaceMention place = named.get(i);
                if ((earlier < sentence || place.span().end() <= start) && story(place, earlier)
                        && (town ? local(place) : region(place))) {
                    return Optional.of(place.location());
                }
            }
        }
        return described(head, parse) ? Optional.empty() : onlyOne(town, sentence, start);
    }

    private static boolean definite(int head, Parse parse) {
        return parse.children(head, "det").stream().anyMatch(d -> parse.lemma(d).equals("the"));
    }

    /**
     * "the hotel", "the camp": the facility the report last named with that noun, however far back ("the Palm
     * Hotel", "Camp Tessa"), in the town named with it; not when the noun is itself part of a facility's name.
     */
    private Optional<Location> facility(String noun, int head, Parse parse, int sentence) {
        Set<String> venueNouns = context.words.places().venueNouns();
        if (Venues.of(parse, venueNouns).stream().anyMatch(v -> v.covers(head))) {
            return Optional.empty();
        }
        int start = parse.token(head).span().start();
        for (int earlier = sentence; earlier >= 0; earlier--) {
            Parse there = parse(earlier);
            TreeMap<Integer, Location> named = new TreeMap<>();
            for (Venues.Venue venue : venues.computeIfAbsent(earlier, e -> Venues.of(there, venueNouns))) {
                if (there.lemma(venue.head()).equals(noun) && (earlier < sentence || venue.span().end() <= start)) {
                    named.put(venue.span().start(), Venues.placeIn(venue.text(), town(venue, earlier), focusIso3));
                }
            }
            for (PlaceMention place : context.places(earlier)) {
                if (!place.location().resolved() && (earlier < sentence || place.span().end() <= start)
                        && Arrays.stream(place.location().text().split("\\s+"))
                        .anyMatch(w -> w.equalsIgnoreCase(noun))) {
                    named.put(place.span().start(), place.location());
                }
            }
            if (!named.isEmpty()) {
                return Optional.of(named.lastEntry().getValue());
            }
        }
        return Optional.empty();
    }

    /** The town a facility is in: one its name holds, else the first its sentence names, else the narrative's. */
    private Location town(Venues.Venue venue, int sentence) {
        Location inName = null;
        Location inSentence = null;
        for (PlaceMention place : context.places(sentence)) {
            Location l = place.location();
            if (l.area() != null || l.resolution() <= Location.REGION || !story(place, sentence)) {
                continue;
            }
            if (venue.span().contains(place.span()) && inName == null) {
                inName = l;
            }
            inSentence = inSentence == null ? l : inSentence;
        }
        return inName != null ? inName : inSentence != null ? inSentence : before(sentence).orElse(null);
    }

    /** "the town where she was held", "the province of the east": a noun a clause or phrase of its own describes. */
    private static boolean described(int head, Parse parse) {
        return parse.children(head).stream().anyMatch(c -> parse.relation(c).startsWith("acl")
                || parse.relation(c).startsWith("nmod"));
    }

    /**
     * The one town (or region) of the report's country that the report has named up to this point, however far
     * back: "the province" of a report about one province is that province.
     */
    private Optional<Location> onlyOne(boolean town, int sentence, int start) {
        Location only = null;
        for (int earlier = 0; earlier <= sentence; earlier++) {
            for (PlaceMention place : context.places(earlier)) {
                if ((earlier == sentence && place.span().end() > start) || !story(place, earlier)
                        || !(town ? local(place) : region(place))) {
                    continue;
                }
                Location location = place.location();
                if (only != null && !samePlace(only, location)) {
                    return Optional.empty();
                }
                only = only == null ? location : only;
            }
        }
        return Optional.ofNullable(only);
    }

    private static boolean samePlace(Location a, Location b) {
        return a.geonameId() != null ? a.geonameId().equals(b.geonameId())
                : b.geonameId() == null && a.text().equalsIgnoreCase(b.text());
    }

    /** Whether the narrative, up to and including {@code sentence}, names this place. */
    boolean names(Location place, int sentence) {
        for (int earlier = sentence; earlier >= reachFrom(sentence); earlier--) {
            if (earlier < sentence && heading(earlier)) {
                return false;
            }
            for (PlaceMention named : context.places(earlier)) {
                if (Objects.equals(named.location().geonameId(), place.geonameId())
                        && named.location().area() == null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "a village ...": the place a next sentence names as "the village of X" or "X village". */
    private Optional<Location> after(String noun, int sentence) {
        int last = Math.min(context.document.sentences().size() - 1,
                sentence + context.lexicon.places().nextSentences());
        for (int later = sentence + 1; later <= last; later++) {
            if (heading(later)) {
                break;
            }
            Parse parse = parse(later);
            for (PlaceMention place : context.places(later)) {
                int first = -1;
                int end = -1;
                for (int k = 0; k < parse.size(); k++) {
                    if (parse.token(k).span().overlaps(place.span())) {
                        first = first < 0 ? k : first;
                        end = k;
                    }
                }
                boolean ofNoun = first >= 2 && parse.lemma(first - 2).equals(noun)
                        && parse.lemma(first - 1).equals("of");
                boolean nounAfter = end >= 0 && end + 1 < parse.size() && parse.lemma(end + 1).equals(noun);
                if ((ofNoun || nounAfter) && !PlaceSieve.country(place.location())) {
                    return Optional.of(place.location());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A place the story may be at: a town or region of the report's country, or a name the tagger calls a place
     * that the gazetteer does not know; not an area, a country or a modifier ("the Tessit girls").
     */
    private boolean story(PlaceMention place, int sentence) {
        Location location = place.location();
        boolean foreign = focusIso3 != null && location.countryIso3() != null
                && !focusIso3.equals(location.countryIso3());
        return location.area() == null && !PlaceSieve.country(location) && !foreign
                && (location.resolved() || local(place) && !definite(place, parse(sentence)))
                && !sieve.modifier(place.span(), parse(sentence), -1);
    }

    /** "close to the Kremlin", "the Sambisa Forest": a name the gazetteer does not know, after "the", is no town. */
    private boolean definite(PlaceMention place, Parse parse) {
        for (int k = 1; k < parse.size(); k++) {
            if (parse.token(k).span().start() == place.span().start()) {
                return parse.lemma(k - 1).equals("the");
            }
        }
        return false;
    }

    /**
     * A town or finer; or a name the tagger calls a place that the gazetteer does not know, written as a name
     * ("Tin Zaouaten", not "the Malian state"): most likely a small town.
     */
    private static boolean local(PlaceMention place) {
        Location location = place.location();
        if (location.resolution() > Location.REGION) {
            return true;
        }
        if (location.resolved() || location.resolution() != 0 || !"ner".equals(place.source())) {
            return false;
        }
        for (String word : location.text().split("[\\s-]+")) {
            if (word.length() > 3 && !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean region(PlaceMention place) {
        return place.location().resolution() == Location.REGION;
    }

    private int reachFrom(int sentence) {
        return Math.max(0, sentence - context.lexicon.limits().narrativeTownSentences());
    }

    /** A line of its own that does not end as a sentence does: a heading, a caption, a dateline. */
    boolean heading(int sentence) {
        return headings.computeIfAbsent(sentence, s -> {
            List<Sentence> sentences = context.document.sentences();
            String text = context.document.text();
            Sentence line = sentences.get(s);
            String before = s == 0 ? "\n" : text.substring(sentences.get(s - 1).span().end(), line.span().start());
            String after = s + 1 >= sentences.size() ? "\n"
                    : text.substring(line.span().end(), sentences.get(s + 1).span().start());
            if (!before.contains("\n") || !after.contains("\n")) {
                return false;
            }
            String words = text.substring(line.span().start(), line.span().end()).strip();
            int end = words.length();
            while (end > 0 && CLOSERS.indexOf(words.charAt(end - 1)) >= 0) {
                end--;
            }
            return end == 0 || ".!?:;".indexOf(words.charAt(end - 1)) < 0;
        });
    }

    private Parse parse(int sentence) {
        return parses.computeIfAbsent(sentence, s -> new Parse(context.document.tokens(s)));
    }
}
