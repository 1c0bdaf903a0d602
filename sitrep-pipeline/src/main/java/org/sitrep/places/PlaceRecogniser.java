package org.sitrep.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.EntityMention;
import org.sitrep.model.EntityType;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.place.Location;
import org.sitrep.model.place.PlaceMention;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.LocalActor;
import org.sitrep.pipeline.Stage;

/**
 * Finds the places each sentence names and resolves them on the gazetteer in the document's context.
 * <ul>
 *   <li>Names come from the tagger's LOCATION mentions and from gazetteer matching of proper nouns the tagger
 *       left untagged (it misses Sahel towns such as Aguelhok or Konna). A gazetteer match must be a town or region
 *       of a country the document is about (its focus country or one it names), so a surname that happens to be a
 *       village elsewhere is not a place.</li>
 *   <li>Demonyms ("Malian") are recorded, pointing at their country, but flagged: they never locate an event.</li>
 *   <li>A direction before a name ("northern Mali") or alone ("the north") is an area, never a point.</li>
 *   <li>The focus country is the country whose state the document names most; each resolved place joins the
 *       context of the next ones, and the words around a name ("the region of", "the town of") cue its kind.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class PlaceRecogniser implements Stage {

    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
            "north-eastern", "north-western", "south-eastern", "south-western", "northeast", "northwest",
            "southeast", "southwest");
    private static final Set<String> BARE_DIRECTIONS = Set.of("north", "south", "east", "west", "centre",
            "center");
    private static final Set<String> REGION_WORDS = Set.of("region", "regions", "province", "state", "cercle",
            "district", "department", "prefecture");
    private static final Set<String> TOWN_WORDS = Set.of("town", "towns", "city", "cities", "village", "villages",
            "commune", "capital", "garrison", "base");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’-]*");
    private static final int MAX_NGRAM = 3;
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in", "near", "from", "outside", "around");
    /** With no country to anchor it, a proper noun is taken for a town only if the town is at least this big. */
    private static final long UNANCHORED_MIN_POPULATION = 20_000;

    private final Gazetteer gazetteer;
    private final PlaceResolver resolver;

    public PlaceRecogniser(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.resolver = new GazetteerPlaceResolver(gazetteer);
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITY_MENTIONS, Layer.ACTORS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.PLACES);
    }

    @Override
    public void apply(AnalysedDocument document) {
        String focus = focusCountry(document);
        PlaceContext context = PlaceContext.focus(focus);
        ActorWords actorWords = ActorWords.of(document);
        List<PlaceMention> out = new ArrayList<>();
        Map<Integer, List<EntityMention>> entitiesBySentence = new HashMap<>();
        for (EntityMention e : document.entities()) {
            entitiesBySentence.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e);
        }
        Map<Integer, List<ActorMention>> actorsBySentence = new HashMap<>();
        for (ActorMention m : document.actorMentions()) {
            actorsBySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        for (Sentence sentence : document.sentences()) {
            List<Token> tokens = document.tokens(sentence.index());
            List<Candidate> candidates = candidates(sentence.index(), tokens,
                    entitiesBySentence.getOrDefault(sentence.index(), List.of()),
                    actorsBySentence.getOrDefault(sentence.index(), List.of()), focus, context);
            for (Candidate c : candidates) {
                PlaceContext here = context.withCue(cue(tokens, c.first, c.last));
                Resolution r = resolver.resolve(c.name, here);
                boolean demonym = r.matchedOn().map(m -> m == MatchedOn.DEMONYM).orElse(false);
                Span span = new Span(tokens.get(c.first).span().start(), tokens.get(c.last).span().end());
                if (!demonym && actorsName(actorWords, sentence.index(), tokens, c, span, r, focus, context)) {
                    continue;
                }
                out.add(new PlaceMention(sentence.index(), span, location(c.name, r), demonym, c.source,
                        r.reason()));
                if (r.outcome() == Resolution.Outcome.PLACE && !demonym) {
                    context = context.plus(r.place().orElseThrow());
                }
            }
        }
        out.addAll(sameNameElsewhere(document, out, context));
        out.sort(Comparator.comparingInt(PlaceMention::sentence).thenComparingInt(p -> p.span().start()));
        document.setPlaces(out);
    }

    /**
     * One name, one sense in a report: a name the tagger called a person or an organisation in one sentence is
     * the town or region it resolved to where the report names it as a place ("Cabo Delgado" tagged a person
     * after a sentence that tagged it a location). Never a country: a state's name is as often its government.
     */
    private List<PlaceMention> sameNameElsewhere(AnalysedDocument document, List<PlaceMention> found,
                                                 PlaceContext context) {
        Set<String> placeNames = new HashSet<>();
        for (PlaceMention m : found) {
            Location l = m.location();
            if (!m.demonym() && l.resolved() && l.area() == null && l.resolution() > Location.COUNTRY) {
                placeNames.add(l.text().toLowerCase(Locale.ROOT));
            }
        }
        List<PlaceMention> out = new ArrayList<>();
        if (placeNames.isEmpty()) {
            return out;
        }
        for (EntityMention e : document.entities()) {
            if (e.type() == EntityType.LOCATION || !placeNames.contains(e.text().toLowerCase(Locale.ROOT))
                    || found.stream().anyMatch(m -> m.sentence() == e.sentence() && m.span().overlaps(e.span()))) {
                continue;
            }
            List<Token> tokens = document.tokens(e.sentence());
            int first = firstToken(tokens, e.span());
            int last = lastToken(tokens, e.span());
            if (first < 0 || last < first) {
                continue;
            }
            Candidate c = withDirection(tokens, first, last, "ner");
            Resolution r = resolver.resolve(c.name, context.withCue(cue(tokens, c.first, c.last)));
            Span span = new Span(tokens.get(c.first).span().start(), tokens.get(c.last).span().end());
            Location location = location(c.name, r);
            if (location.resolved() && location.resolution() > Location.COUNTRY) {
                out.add(new PlaceMention(e.sentence(), span, location, false, c.source, r.reason()));
            }
        }
        return out;
    }

    private record Candidate(int first, int last, String name, String source) {
    }

    private List<Candidate> candidates(int sentence, List<Token> tokens, List<EntityMention> entities,
                                       List<ActorMention> actors, String focus, PlaceContext context) {
        List<Candidate> out = new ArrayList<>();
        boolean[] taken = new boolean[tokens.size()];
        for (EntityMention e : entities) {
            int first = firstToken(tokens, e.span());
            int last = lastToken(tokens, e.span());
            if (first < 0 || last < first) {
                continue;
            }
            if (e.type() != EntityType.LOCATION) {
                mark(taken, first, last);
                continue;
            }
            out.add(withDirection(tokens, first, last, "ner"));
            mark(taken, first, last);
        }
        for (ActorMention a : actors) {
            int first = firstToken(tokens, a.span());
            int last = lastToken(tokens, a.span());
            if (first >= 0 && last >= first && !a.actorKey().startsWith("state:")) {
                // A name is not a place ("Ansar Dine"), but a place inside a description is ("soldiers at the Kati
                // camp"): tokens after a preposition of place stay free.
                for (int k = first; k <= last; k++) {
                    if (!afterPlacePreposition(tokens, first, k)) {
                        taken[k] = true;
                    }
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (taken[i]) {
                continue;
            }
            Token t = tokens.get(i);
            String word = t.word();
            if (BARE_DIRECTIONS.contains(word.toLowerCase(Locale.ROOT)) && i > 0
                    && tokens.get(i - 1).word().equalsIgnoreCase("the") && t.pos().startsWith("NN")
                    && !(i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("of"))) {
                out.add(new Candidate(i - 1, i, "the " + word.toLowerCase(Locale.ROOT), "gazetteer"));
                taken[i] = true;
                continue;
            }
            if (!CAPITALISED.matcher(word).matches()) {
                continue;
            }
            Candidate match = gazetteerMatch(tokens, taken, i, focus, context);
            if (match != null) {
                out.add(match);
                mark(taken, match.first, match.last);
                i = match.last;
            }
        }
        out.sort(Comparator.comparingInt(Candidate::first));
        return out;
    }

    /** The longest run of proper nouns (or a demonym adjective) the gazetteer knows in a country of the document. */
    private Candidate gazetteerMatch(List<Token> tokens, boolean[] taken, int start, String focus,
                                     PlaceContext context) {
        for (int end = Math.min(tokens.size() - 1, start + MAX_NGRAM - 1); end >= start; end--) {
            boolean free = true;
            StringBuilder name = new StringBuilder();
            for (int k = start; k <= end; k++) {
                Token t = tokens.get(k);
                if (taken[k] || !CAPITALISED.matcher(t.word()).matches()) {
                    free = false;
                    break;
                }
                if (k > start) {
                    name.append(' ');
                }
                name.append(t.word());
            }
            if (!free) {
                continue;
            }
            Token head = tokens.get(end);
            // "Malian troops": the tagger calls a demonym JJ or, capitalised, NNP; "Malians" (NNPS) are people.
            boolean adjective = start == end && (head.pos().startsWith("JJ") || head.pos().equals("NNP"));
            if (!adjective && !head.pos().startsWith("NNP")) {
                continue;
            }
            List<NameMatch> matches = gazetteer.matches(name.toString());
            boolean known = false;
            for (NameMatch m : matches) {
                if (adjective && m.matchedOn() == MatchedOn.DEMONYM) {
                    known = true;
                } else if (head.pos().startsWith("NNP") && m.matchedOn().strong()
                        && m.matchedOn() != MatchedOn.DEMONYM) {
                    known |= m.place().kind() == PlaceKind.COUNTRY || inDocumentCountry(m.place(), focus, context);
                }
            }
            if (known) {
                return withDirection(tokens, start, end, "gazetteer");
            }
        }
        return null;
    }

    /**
     * Whether a name the tagger read as a place is an actor's (see {@link ActorWords}): a word of an actor's name
     * that the gazetteer does not know; or a word inside an actor's description, not after a preposition of place,
     * that is no place of a country of the document ("the President of the Republic").
     */
    private boolean actorsName(ActorWords actorWords, int sentence, List<Token> tokens, Candidate c, Span span,
                               Resolution r, String focus, PlaceContext context) {
        if (!c.source.equals("ner")) {
            return false;
        }
        Place place = r.outcome() == Resolution.Outcome.PLACE ? r.place().orElse(null) : null;
        boolean unknown = place == null && r.outcome() != Resolution.Outcome.AREA;
        if (unknown && actorWords.wordOfName(c.name)) {
            return true;
        }
        boolean foreign = unknown || place != null && place.kind() != PlaceKind.COUNTRY
                && !inDocumentCountry(place, focus, context);
        return foreign && actorWords.inside(sentence, span)
                && !afterPlacePreposition(tokens, Math.max(0, c.first - 3), c.first);
    }

    /** Whether one of the three tokens before {@code k} (from {@code first} on) is "at", "in", "near"... */
    private static boolean afterPlacePreposition(List<Token> tokens, int first, int k) {
        for (int j = Math.max(first, k - 3); j < k; j++) {
            if (PLACE_PREPOSITIONS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a gazetteer place may be taken as a place of this document: a town or region of a country the document
     * is about; with no such country, a town big enough that its name is unlikely to be anything else.
     */
    private boolean inDocumentCountry(Place place, String focus, PlaceContext context) {
        if (focus.isEmpty() && context.resolved().isEmpty()) {
            return place.kind() == PlaceKind.TOWN && place.population() >= UNANCHORED_MIN_POPULATION;
        }
        String iso2 = focus.isEmpty() ? "" : gazetteer.country(focus).map(Place::countryIso2).orElse("");
        if (place.countryIso2().equals(iso2)) {
            return true;
        }
        for (Place p : context.resolved()) {
            if (p.kind() == PlaceKind.COUNTRY && p.countryIso2().equals(place.countryIso2())) {
                return true;
            }
        }
        return false;
    }

    /** "northern Mali", "north of Gao": a direction just before the name makes the mention an area. */
    private static Candidate withDirection(List<Token> tokens, int first, int last, String source) {
        String name = join(tokens, first, last);
        if (first >= 1 && DIRECTIONS.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT))) {
            return new Candidate(first - 1, last, tokens.get(first - 1).word() + " " + name, source);
        }
        if (first >= 2 && tokens.get(first - 1).word().equalsIgnoreCase("of")
                && BARE_DIRECTIONS.contains(tokens.get(first - 2).word().toLowerCase(Locale.ROOT))) {
            return new Candidate(first - 2, last, tokens.get(first - 2).word() + " of " + name, source);
        }
        return new Candidate(first, last, name, source);
    }

    /** "the region of Gao", "Gao region", "the town of Gao", "Kidal town". */
    private static PlaceContext.Cue cue(List<Token> tokens, int first, int last) {
        String before = first >= 2 && tokens.get(first - 1).word().equalsIgnoreCase("of")
                ? tokens.get(first - 2).lemma().toLowerCase(Locale.ROOT) : "";
        String after = last + 1 < tokens.size() ? tokens.get(last + 1).word().toLowerCase(Locale.ROOT) : "";
        if (REGION_WORDS.contains(before) || REGION_WORDS.contains(after)) {
            return PlaceContext.Cue.REGION;
        }
        if (TOWN_WORDS.contains(before) || TOWN_WORDS.contains(after)) {
            return PlaceContext.Cue.TOWN;
        }
        return PlaceContext.Cue.NONE;
    }

    private static Location location(String text, Resolution r) {
        Place p = r.place().orElse(null);
        if (p == null) {
            return r.outcome() == Resolution.Outcome.AREA
                    ? new Location(text, null, null, null, null, null, null, null, 0, r.area())
                    : Location.asWritten(text);
        }
        String admin1 = p.kind() == PlaceKind.ADMIN1 ? p.name() : p.admin1Name().isEmpty() ? null : p.admin1Name();
        boolean area = r.outcome() == Resolution.Outcome.AREA;
        Double lat = area || !p.hasPoint() ? null : p.lat();
        Double lon = area || !p.hasPoint() ? null : p.lon();
        return new Location(text, p.name(), p.id(), lat, lon, admin1,
                p.countryIso3().isEmpty() ? null : p.countryIso3(), p.featureCode().isEmpty() ? null : p.featureCode(),
                r.resolution(), area ? r.area() : null);
    }

    /**
     * The country the document names most (ISO3), "" when it names none: its states, as the actor stage found
     * them, and the countries the tagger marked as locations.
     */
    private String focusCountry(AnalysedDocument document) {
        Map<String, String> countryOfActor = new HashMap<>();
        for (LocalActor actor : document.localActors()) {
            if (actor.kind() == ActorKind.STATE) {
                country(actor.name()).ifPresent(iso3 -> countryOfActor.put(actor.key(), iso3));
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (ActorMention m : document.actorMentions()) {
            String iso3 = countryOfActor.get(m.actorKey());
            if (iso3 != null) {
                counts.merge(iso3, 1, Integer::sum);
            }
        }
        for (EntityMention e : document.entities()) {
            if (e.type() == EntityType.LOCATION) {
                country(e.text()).ifPresent(iso3 -> counts.merge(iso3, 1, Integer::sum));
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("");
    }

    /** The country this name (or short name) is, if it is one. */
    private java.util.Optional<String> country(String name) {
        return gazetteer.matches(name).stream()
                .filter(m -> m.place().kind() == PlaceKind.COUNTRY && m.matchedOn() != MatchedOn.DEMONYM
                        && m.matchedOn().strong())
                .map(m -> m.place().countryIso3()).filter(iso3 -> !iso3.isEmpty()).findFirst();
    }

    private static int firstToken(List<Token> tokens, Span span) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().overlaps(span)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastToken(List<Token> tokens, Span span) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).span().overlaps(span)) {
                return i;
            }
        }
        return -1;
    }

    private static void mark(boolean[] taken, int first, int last) {
        for (int k = first; k <= last; k++) {
            taken[k] = true;
        }
    }

    private static String join(List<Token> tokens, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int k = first; k <= last; k++) {
            if (k > first && tokens.get(k).span().start() > tokens.get(k - 1).span().end()) {
                b.append(' ');
            }
            b.append(tokens.get(k).word());
        }
        return b.toString();
    }
}
