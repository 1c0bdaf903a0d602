package org.sitrep.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.event.EventSize;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.figure.Figure;
import org.sitrep.model.figure.FigureKind;
import org.sitrep.model.place.Location;
import org.sitrep.model.place.PlaceMention;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.LocalActor;
import org.sitrep.pipeline.Stage;

/**
 * Codes the events each sentence reports. A trigger of {@code events.yaml} (a verb or a noun, with the
 * conditions it sets) gives a class; the dependency parse gives its source, recipient and place; dates come
 * from the date expressions attached to the trigger, else the nearest in the sentence, else the narrative (the
 * event the paragraph is about); status from negation, modals, conditions and governing verbs
 * ({@code status.yaml}). Coordinated sources give one event each; one sentence gives at most one event per
 * class and source. Counted figures of the sentence give sizes, and a count of dead or displaced with no
 * trigger gives a KILL or DISPLACEMENT event. Stateless and thread-safe.
 */
public final class EventCoder implements Stage {
    private static final Set<String> PLACE_NOUNS = Set.of("town", "city", "capital", "base", "region", "village",
            "camp", "airport", "garrison", "barracks", "stronghold", "province", "district", "north", "south",
            "east", "west", "area", "territory", "outpost", "post", "border", "crossing", "port", "center",
            "centre", "headquarters");
    private static final Set<String> PEOPLE_NOUNS = Set.of("people", "civilian", "resident", "refugee", "family",
            "villager", "inhabitant", "person", "thousand", "hundred", "million", "malian", "household", "child",
            "woman", "population");
    private static final Set<String> LEADER_NOUNS = Set.of("president", "minister", "leader", "governor", "head",
            "prime", "premier", "chief", "commander", "official", "he", "she", "king", "mayor", "general");
    private static final Set<String> MILITARY_CUES = Set.of("soldier", "troop", "army", "military", "mutineer",
            "officer", "barracks", "garrison", "mutiny", "paratrooper", "putschist");
    private static final Set<String> SUPPORT_VERBS = Set.of("impose", "launch", "stage", "lead", "carry", "announce",
            "organize", "organise", "hold", "mount", "order", "conduct", "call", "declare", "begin", "start",
            "trigger", "unleash", "attempt", "plan", "slap", "adopt", "decide", "approve");
    private static final Set<String> LEAD_VERBS = Set.of("lead", "command", "head");
    /** "united in condemnation", "joined in the protests": the subject takes part ("involved in" says less). */
    private static final Set<String> JOINING_VERBS = Set.of("unite", "united", "join", "engage", "participate");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "them", "him", "her", "we", "i",
            "which", "who", "that", "whom", "this", "these", "those");

    private final EventLexicon lexicon;
    /** How many sentences back a bare mention still refers to the event just told rather than the report's own. */
    private static final int LOCAL_FOCUS = 3;
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    /** Relations a finite verb only gets when the parse broke around it. */
    private static final Set<String> MISPARSED_VERB = Set.of("amod", "dep", "compound");
    private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("[—–]| -- | - ");
    private static final java.util.regex.Pattern JOINED_BY = java.util.regex.Pattern.compile(
            "(?i)\\b(joined by|alongside|together with|backed by|supported by|with the help of)\\b");
    private static final Set<String> BODY_PRONOUNS = Set.of("it");
    private static final Set<String> MEMBER_NOUNS = Set.of("member", "member-state", "leader", "state");
    private static final int RESPONSE_WINDOW_DAYS = 45;
    private static final java.util.regex.Pattern BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(before|prior to|ahead of|in the run-up to)\\b");

    public EventCoder(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITY_MENTIONS, Layer.TIMEX, Layer.FIGURES,
                Layer.ACTORS, Layer.PLACES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.EVENTS);
    }

    @Override
    public void apply(AnalysedDocument document) {
        document.setEvents(new DocumentPass(document).run());
    }

    /** A trigger found in a sentence, with the token it sits on. */
    private record Found(EventLexicon.Trigger trigger, int token, String text) {
    }

    private final class DocumentPass {
        private final AnalysedDocument document;
        private final Map<Integer, List<ActorMention>> actorsBySentence = new HashMap<>();
        private final Map<Integer, List<PlaceMention>> placesBySentence = new HashMap<>();
        private final Map<Integer, List<Figure>> figuresBySentence = new HashMap<>();
        private final Map<String, ActorKind> kindByKey = new HashMap<>();
        private final Map<String, LocalActor> actorsByKey = new HashMap<>();
        private final EventDates dates;

        DocumentPass(AnalysedDocument document) {
            this.document = document;
            document.actorMentions().forEach(m -> actorsBySentence.computeIfAbsent(m.sentence(),
                    k -> new ArrayList<>()).add(m));
            // A demonym ("Malian troops") points at a country but never says where something happened.
            document.places().stream().filter(p -> !p.demonym())
                    .forEach(p -> placesBySentence.computeIfAbsent(p.sentence(), k -> new ArrayList<>()).add(p));
            document.figures().forEach(f -> figuresBySentence.computeIfAbsent(f.sentence(),
                    k -> new ArrayList<>()).add(f));
            for (LocalActor actor : document.localActors()) {
                kindByKey.put(actor.key(), actor.kind());
                actorsByKey.put(actor.key(), actor);
            }
            this.dates = new EventDates(document);
            Map<String, Integer> stateMentions = new HashMap<>();
            document.actorMentions().stream().filter(m -> kindByKey.get(m.actorKey()) == ActorKind.STATE)
                    .forEach(m -> stateMentions.merge(m.actorKey(), 1, Integer::sum));
            this.focusCountry = stateMentions.entrySet().stream().max(Map.Entry.comparingByValue())
                    .flatMap(e -> document.localActors().stream().filter(a -> a.key().equals(e.getKey())).findFirst())
                    .map(this::countryLocation).orElse(null);
            this.capital = focusCountry == null || focusCountry.countryIso3() == null ? null : document.places()
                    .stream().map(PlaceMention::location)
                    .filter(l -> "PPLC".equals(l.featureCode()) && l.area() == null
                            && focusCountry.countryIso3().equals(l.countryIso3()))
                    .findFirst().orElse(null);
        }

        /** The capital of the focus country, when the report names it. */
        private final Location capital;

        /**
         * A coup the report places no nearer than its country happened at the seat of power, when the report names
         * the capital. Applied after coreference, so that a place the text never names keeps no two mentions apart.
         */
        private Event atCapital(Event event) {
            Location place = event.place();
            boolean onlyTheCountry = place == null || focusCountry != null && place.area() == null
                    && place.resolution() == Location.COUNTRY
                    && java.util.Objects.equals(place.countryIso3(), focusCountry.countryIso3());
            if (!onlyTheCountry || capital == null || !lexicon.placeAtCapital(event.crisisClass())) {
                return event;
            }
            return event.withPlace(capital);
        }

        /** Where an event that neither its sentence nor the narrative places happened. */
        private Location unplaced(int sentence, CrisisClass crisisClass) {
            return lexicon.placeFromNarrative(crisisClass) ? narrativeTown(sentence).orElse(focusCountry)
                    : focusCountry;
        }

        /** The country the report is about: where an event happened when its sentence names no place. */
        private final Location focusCountry;

        /** The country as the document's places resolved it, else as the document names it. */
        private Location countryLocation(LocalActor state) {
            String iso3 = state.key().startsWith("state:") ? state.key().substring("state:".length()) : "";
            return document.places().stream().map(PlaceMention::location)
                    .filter(l -> l.resolution() == Location.COUNTRY && l.area() == null
                            && (iso3.equals(l.countryIso3()) || state.name().equalsIgnoreCase(l.name())
                            || state.surfaceForms().contains(l.text())))
                    .findFirst().orElseGet(() -> Location.asWritten(state.name()));
        }

        List<Event> run() {
            List<Event> events = new ArrayList<>();
            LocalDate published = document.document().source().published();
            for (Sentence sentence : document.sentences()) {
                Parse parse = new Parse(document.tokens(sentence.index()));
                java.util.Set<String> moving = new java.util.HashSet<>();
                for (Coded raw : codeSentence(sentence, parse)) {
                    Coded coded = new Coded(notYetHappened(raw.event(), published), raw.anchored(), raw.borrows(),
                            raw.dates());
                    int earlier = coreferent(events, coded.event(), coded.anchored());
                    if (coded.dates()) {
                        moving.add(earlier >= 0 ? events.get(earlier).id() : coded.event().id());
                    }
                    if (earlier >= 0) {
                        events.set(earlier, merged(events.get(earlier), coded.event(), coded.dates(),
                                coded.anchored()));
                    } else if (coded.anchored() || coded.event().status() != EventStatus.OCCURRED) {
                        // A bare mention founds no event, unless the text says it did not or will not happen.
                        events.add(coded.event());
                    }
                }
                datedByResponse(events, sentence.index(), published);
                // A reference back to an event years before the narrative ("the holding of elections" after the
                // coup) does not move the narrative's date back to it.
                // A plural ("beyond elections") recalls no one event: it does not move the narrative.
                Optional<Event> told = events.stream().filter(e -> moving.contains(e.id()) && e.date() != null
                                && e.status() == EventStatus.OCCURRED && lastMention(e).sentence() == sentence.index()
                                && (e.mentions().get(0).sentence() == sentence.index() || !dates.longBefore(e.date())))
                        .reduce((first, second) -> second);
                if (told.isPresent()) {
                    dates.remember(sentence.index(), told.get().date());
                } else {
                    // "In 1991, Malians ended one-party rule.": the narrative is now in 1991, event or not.
                    DateRange opening = dates.sentenceDate(sentence.index(), parse);
                    if (opening != null) {
                        dates.remember(sentence.index(), opening);
                    }
                }
            }
            // Only now, so that a doer the text never names does not make two events look like one.
            List<Event> out = new ArrayList<>();
            for (Event event : events) {
                Optional<EventActor> fallback = !event.sources().isEmpty() ? Optional.empty()
                        : defaultSource(event.crisisClass(), event.mentions().get(0).sentence(), event.date());
                Event sourced = fallback.map(source -> event.withSources(List.of(source))).orElse(event);
                out.add(atCapital(sourced));
            }
            return out;
        }

        /**
         * An event the text says occurred cannot have happened after the report was published: "the election,
         * scheduled for April 29" in a report of 2 April is still to come.
         */
        private static Event notYetHappened(Event event, LocalDate published) {
            if (published == null || event.status() != EventStatus.OCCURRED || event.date() == null
                    || !event.date().start().isAfter(published)) {
                return event;
            }
            return event.withStatus(EventStatus.PLANNED);
        }

        /**
         * An undated event of this sentence that the sentence ties to an event already dated ("the African Union
         * condemned the coup and suspended the country") came after it and before the report: it gets that
         * interval, when it is short enough to say something (at most {@value #RESPONSE_WINDOW_DAYS} days).
         * "Before the coup" ties it the other way and gives nothing.
         */
        private void datedByResponse(List<Event> events, int sentence, LocalDate published) {
            if (published == null || BEFORE.matcher(document.sentences().get(sentence).text()).find()) {
                return;
            }
            for (int i = 0; i < events.size(); i++) {
                Event event = events.get(i);
                if (event.date() != null || event.status() != EventStatus.OCCURRED
                        || event.mentions().get(0).sentence() != sentence) {
                    continue;
                }
                Optional<DateRange> cause = events.stream().filter(other -> other != event && other.date() != null
                                && other.status() == EventStatus.OCCURRED
                                && other.mentions().stream().anyMatch(m -> m.sentence() == sentence)
                                && other.mentions().get(0).sentence() < sentence
                                && !other.date().start().isAfter(published))
                        .map(Event::date).max(java.util.Comparator.comparing(DateRange::start));
                // A response comes once its cause is over: "condemned the coup" is dated from the coup's last day.
                if (cause.isEmpty() || java.time.temporal.ChronoUnit.DAYS.between(cause.get().end(), published)
                        > RESPONSE_WINDOW_DAYS || cause.get().end().isAfter(published)) {
                    continue;
                }
                DateRange after = new DateRange(cause.get().end(), published, DatePrecision.DAYS);
                events.set(i, event.withDate(after, null));
            }
        }

        /**
         * The earlier event this one is another mention of: same class and status, and nothing that tells
         * them apart (dates that overlap or are missing, the same place or none, the same source or none). An
         * event told apart from the latest of its class may still be a later mention of an earlier one ("the
         * August 18 coup" after a paragraph on the coup of 2012).
         */
        private int coreferent(List<Event> events, Event event, boolean anchored) {
            if (!anchored || event.date() == null && event.sources().isEmpty()) {
                // Nothing of its own to tell it apart ("IBK's ouster"): like "the coup", it refers back.
                return referent(events, event);
            }
            boolean passedOne = false;
            for (int i = events.size() - 1; i >= 0; i--) {
                Event earlier = events.get(i);
                if (earlier.crisisClass() != event.crisisClass() || earlier.status() != event.status()) {
                    continue;
                }
                if (conflict(earlier, event)) {
                    passedOne = true;
                    continue;
                }
                boolean bothDated = earlier.date() != null && event.date() != null;
                boolean sameSource = !sourceKey(earlier).isEmpty() && sourceKey(earlier).equals(sourceKey(event));
                boolean ownSource = !event.sources().isEmpty();
                // One with a doer of its own joins the same doer's event, or one whose doer the text had not yet
                // named; one with a date of its own only an event dated alike.
                // Past an event told apart, or to lend a doer, only dates that agree say it is the same event.
                boolean doerFits = sameSource || !ownSource || earlier.sources().isEmpty() && bothDated;
                boolean dateFits = sameSource || bothDated || event.date() == null && !passedOne;
                return doerFits && dateFits ? i : -1;
            }
            return -1;
        }

        /**
         * What a bare mention ("the coup") refers back to: the event of its class and status the text named most
         * recently; of two named in the same sentence ("toppled by the coup of 2012, he had come to power by one
         * in 1991"), the later in time, since a report's "the coup" is the one it is about. When the last one was
         * named more than {@value #LOCAL_FOCUS} sentences before, the focus has moved on and "the coup" is again
         * the report's own: the latest in time that had happened by publication.
         */
        private int referent(List<Event> events, Event event) {
            int recent = recentReferent(events, event);
            if (recent < 0) {
                return recent;
            }
            int sentence = event.mentions().get(0).sentence();
            if (sentence - lastMention(events.get(recent)).sentence() <= LOCAL_FOCUS) {
                return recent;
            }
            LocalDate published = document.document().source().published();
            int current = recent;
            for (int i = 0; i < events.size(); i++) {
                Event earlier = events.get(i);
                if (earlier.crisisClass() != event.crisisClass() || earlier.status() != event.status()
                        || earlier.date() == null || conflict(earlier, event)
                        || published != null && earlier.date().start().isAfter(published)) {
                    continue;
                }
                Event chosen = events.get(current);
                if (chosen.date() == null || earlier.date().start().isAfter(chosen.date().start())) {
                    current = i;
                }
            }
            return current;
        }

        private int recentReferent(List<Event> events, Event event) {
            int best = -1;
            for (int i = events.size() - 1; i >= 0; i--) {
                Event earlier = events.get(i);
                if (earlier.crisisClass() != event.crisisClass() || earlier.status() != event.status()
                        || conflict(earlier, event)) {
                    continue;
                }
                if (best < 0) {
                    best = i;
                    continue;
                }
                Event chosen = events.get(best);
                int here = lastMention(earlier).sentence();
                int there = lastMention(chosen).sentence();
                boolean later = earlier.date() != null && (chosen.date() == null
                        || earlier.date().start().isAfter(chosen.date().start()));
                if (here > there || here == there && later) {
                    best = i;
                }
            }
            return best;
        }

        /**
         * One event from two mentions: the doer the text names, the narrower of two compatible dates ("August"
         * then "August 18"), and a town a mention's own sentence names over a country the report is about (from
         * a mention that founds events, not a bare one).
         */
        private Event merged(Event base, Event other, boolean otherDates, boolean otherPlaces) {
            List<EventMention> mentions = new ArrayList<>(base.mentions());
            mentions.addAll(other.mentions());
            List<EventActor> targets = new ArrayList<>(base.targets());
            other.targets().stream().filter(t -> targets.stream().noneMatch(x -> x.entityText().equals(t.entityText())))
                    .forEach(targets::add);
            boolean otherDate = otherDates && other.date() != null && (base.date() == null
                    || other.dateText() != null && narrower(other.date(), base.date()));
            // A bare mention ("the coup began when ... at the Kati barracks") recalls the event: its sentence's
            // town may be another clause's.
            boolean otherPlace = other.place() != null && (base.place() == null || otherPlaces && precise(other)
                    && !precise(base)
                    && (base.place().area() != null || base.place().resolution() < 3));
            return new Event(base.id(), base.crisisClass(), base.plover(),
                    base.sources().isEmpty() ? other.sources() : base.sources(), targets,
                    otherDate ? other.date() : base.date(), otherDate ? other.dateText() : base.dateText(),
                    otherPlace ? other.place() : base.place(), richer(base.size(), other.size()),
                    base.status(), Math.max(base.confidence(), other.confidence()), mentions);
        }

        /** Whether {@code inner} lies within {@code outer} and is shorter. */
        private static boolean narrower(DateRange inner, DateRange outer) {
            return !inner.start().isBefore(outer.start()) && !inner.end().isAfter(outer.end())
                    && java.time.temporal.ChronoUnit.DAYS.between(inner.start(), inner.end())
                    < java.time.temporal.ChronoUnit.DAYS.between(outer.start(), outer.end());
        }

        /** Two events that cannot be one: dated apart, at different towns, or done by different actors. */
        private boolean conflict(Event a, Event b) {
            boolean datesApart = a.date() != null && b.date() != null
                    && (a.date().end().isBefore(b.date().start()) || b.date().end().isBefore(a.date().start()));
            boolean placesApart = placesApart(a, b);
            boolean actorsApart = !a.sources().isEmpty() && !b.sources().isEmpty()
                    && !sourceKey(a).equalsIgnoreCase(sourceKey(b));
            return datesApart || placesApart || actorsApart;
        }

        private EventMention lastMention(Event event) {
            return event.mentions().get(event.mentions().size() - 1);
        }

        /**
         * The sentence's events: one per class and resolved source (an unresolved or missing source joins the
         * class's first event), with sources borrowed across the sentence for material events that name none
         * ("after days of fighting, the rebels took the town").
         */
        private List<Coded> codeSentence(Sentence sentence, Parse parse) {
            List<Coded> raw = new ArrayList<>();
            List<Found> founds = triggers(sentence.index(), parse);
            for (Found found : founds) {
                if (!toldAsKilling(found, founds, parse)) {
                    raw.addAll(events(sentence, parse, found));
                }
            }
            List<Coded> out = new ArrayList<>();
            for (Coded coded : raw) {
                int same = -1;
                for (int i = 0; i < out.size() && same < 0; i++) {
                    Event kept = out.get(i).event();
                    boolean bothResolved = !kept.sources().isEmpty() && !coded.event().sources().isEmpty()
                            && kept.sources().get(0).actorKey() != null
                            && coded.event().sources().get(0).actorKey() != null;
                    if (kept.crisisClass() == coded.event().crisisClass() && !conflict(kept, coded.event())
                            && !(bothResolved && !sourceKey(kept).equals(sourceKey(coded.event())))) {
                        same = i;
                    }
                }
                if (same < 0) {
                    out.add(coded);
                } else {
                    Coded kept = out.get(same);
                    Event base = preferRicher(kept.event(), coded.event());
                    Event other = base == kept.event() ? coded.event() : kept.event();
                    Event combined = new Event(base.id(), base.crisisClass(), base.plover(),
                            resolvedFirst(base.sources(), other.sources()), base.targets().isEmpty()
                            ? other.targets() : base.targets(), base.date() == null ? other.date() : base.date(),
                            base.date() == null ? other.dateText() : base.dateText(),
                            base.place() == null ? other.place() : base.place(), richer(base.size(), other.size()),
                            base.status(), Math.max(base.confidence(), other.confidence()), base.mentions());
                    out.set(same, new Coded(combined, kept.anchored() || coded.anchored(),
                            kept.borrows() && coded.borrows(), kept.dates() || coded.dates()));
                }
            }
            // A doer the sentence names may be lent; one only a pronoun stands for is too weak to found another event.
            Optional<EventActor> borrowed = out.stream().map(Coded::event)
                    .filter(e -> !e.sources().isEmpty() && e.sources().get(0).actorKey() != null
                            && !PRONOUNS.contains(e.sources().get(0).entityText().toLowerCase(Locale.ROOT)))
                    .map(e -> e.sources().get(0)).findFirst();
            for (int i = 0; i < out.size(); i++) {
                Event event = out.get(i).event();
                if (event.sources().isEmpty() && out.get(i).borrows() && borrowed.isPresent()
                        && BORROWS_SOURCE.contains(event.crisisClass())
                        && event.targets().stream().noneMatch(t -> borrowed.get().entityText().equals(t.entityText()))) {
                    out.set(i, new Coded(event.withSources(List.of(borrowed.get())), true, false, out.get(i).dates()));
                }
            }
            addFigureEvents(sentence, parse, out);
            return out;
        }

        /**
         * "Security forces opened fire on demonstrators, killing more than one hundred": the shooting and the
         * killing are one event, coded as the killing (the attack's outcome is what ACLED and PLOVER count).
         */
        private boolean toldAsKilling(Found found, List<Found> founds, Parse parse) {
            if (found.trigger().crisisClass() != CrisisClass.ATTACK || !found.trigger().verb()) {
                return false;
            }
            return founds.stream().anyMatch(other -> other.trigger().crisisClass() == CrisisClass.KILL
                    && parse.head(other.token()) == found.token()
                    && Set.of("advcl", "xcomp", "dep").contains(parse.relation(other.token())));
        }

        /**
         * Whether an actor could have acted then: an actor with dated roles only during them (the CNSP did not
         * stage the 2012 coup); one without roles, or an undated event, always.
         */
        private boolean activeAt(LocalActor actor, DateRange date) {
            if (date == null || actor.roles().isEmpty()) {
                return true;
            }
            return actor.roles().stream().anyMatch(role -> (role.from() == null || !role.from().isAfter(date.end()))
                    && (role.to() == null || !role.to().isBefore(date.start())));
        }

        /** The document's actor with the class's default tag: named most recently up to here, else most named. */
        private Optional<EventActor> defaultSource(CrisisClass crisisClass, int sentence, DateRange date) {
            String tag = lexicon.defaultSourceTag(crisisClass);
            if (tag == null) {
                return Optional.empty();
            }
            ActorMention best = null;
            Map<String, Integer> counts = new HashMap<>();
            for (ActorMention mention : document.actorMentions()) {
                LocalActor actor = actorsByKey.get(mention.actorKey());
                if (actor == null || !actor.tags().contains(tag) || !activeAt(actor, date)) {
                    continue;
                }
                counts.merge(mention.actorKey(), 1, Integer::sum);
                if (mention.sentence() <= sentence) {
                    best = mention;
                }
            }
            if (best == null) {
                Optional<String> most = counts.entrySet().stream().max(Map.Entry.comparingByValue())
                        .map(Map.Entry::getKey);
                if (most.isEmpty()) {
                    return Optional.empty();
                }
                best = document.actorMentions().stream().filter(m -> m.actorKey().equals(most.get())).findFirst()
                        .orElseThrow();
            }
            return Optional.of(new EventActor(best.actorKey(), actorsByKey.get(best.actorKey()).name(), best.span()));
        }

        private List<Found> triggers(int sentence, Parse parse) {
            List<Found> out = new ArrayList<>();
            for (int t = 0; t < parse.size(); t++) {
                Token token = parse.token(t);
                String lemma = parse.lemma(t);
                // "an elected government", "the planned talks": a verb used as an adjective reports nothing.
                boolean adjectival = parse.relation(t).equals("amod") || "DATE".equals(token.ner());
                // "the coup leaders", "election results": a noun modifying another names no event.
                boolean modifier = parse.relation(t).equals("compound") && token.isNoun() && parse.head(t) >= 0
                        && !eventNoun(parse.head(t), parse);
                if (modifier) {
                    continue;
                }
                // "March 21" is a date, not a march.
                boolean temporal = "DATE".equals(token.ner()) || "TIME".equals(token.ner());
                List<EventLexicon.Trigger> candidates = token.isVerb() && !adjectival ? lexicon.verbTriggers(lemma)
                        : token.isNoun() && !temporal ? lexicon.nounTriggers(lemma) : List.of();
                for (EventLexicon.Trigger trigger : candidates) {
                    Optional<String> text = matches(trigger, t, parse, sentence);
                    text.ifPresent(words -> out.add(new Found(trigger, token.index(), words)));
                }
            }
            return out;
        }

        /** Whether a trigger's particle, object and conditions hold at token {@code t}; its words if so. */
        private Optional<String> matches(EventLexicon.Trigger trigger, int t, Parse parse, int sentence) {
            String words = parse.token(t).word();
            if (trigger.particle() != null) {
                for (String part : trigger.particle().split(" ")) {
                    boolean found = false;
                    for (int next = t + 1; next <= Math.min(parse.size() - 1, t + 3) && !found; next++) {
                        // Reports write "coup d’état" with a typographic apostrophe as often as with a straight one.
                        found = parse.lemma(next).equals(part)
                                || straightApostrophes(parse.token(next).word()).equalsIgnoreCase(part);
                    }
                    if (!found) {
                        return Optional.empty();
                    }
                    words = words + " " + part;
                }
            }
            if (!trigger.objects().isEmpty()) {
                Optional<Integer> object = objectOrOblique(t, parse).stream()
                        .filter(o -> trigger.objects().contains(parse.lemma(o))
                                || trigger.objects().contains(parse.token(o).word().toLowerCase(Locale.ROOT)))
                        .findFirst();
                if (object.isEmpty()) {
                    return Optional.empty();
                }
                words = words + " " + parse.token(object.get()).word();
            }
            for (EventLexicon.Condition condition : trigger.conditions()) {
                if (!holds(condition, trigger, t, parse, sentence)) {
                    return Optional.empty();
                }
            }
            return Optional.of(words);
        }

        /** The verb's objects and obliques, and the nouns they govern ("all but humanitarian assistance"). */
        private List<Integer> objectOrOblique(int t, Parse parse) {
            List<Integer> out = new ArrayList<>(parse.children(t, "obj"));
            out.addAll(parse.children(t, "nsubj:pass"));
            out.addAll(parse.children(t, "obl"));
            out.addAll(parse.children(t, "xcomp"));
            if (parse.token(t).isNoun()) {
                // "the seizure of power"
                parse.children(t).stream().filter(c -> parse.relation(c).startsWith("nmod")
                        && !parse.relation(c).equals("nmod:poss")).forEach(out::add);
            }
            if (parse.relation(t).equals("acl") || parse.relation(t).startsWith("nsubj:pass")) {
                out.add(parse.head(t));
            }
            List<Integer> nested = new ArrayList<>();
            for (int object : out) {
                for (int child : parse.children(object)) {
                    String rel = parse.relation(child);
                    if (rel.startsWith("nmod") || rel.equals("conj") || rel.equals("compound") || rel.equals("obl")) {
                        nested.add(child);
                    }
                }
            }
            out.addAll(nested);
            return out;
        }

        private boolean holds(EventLexicon.Condition condition, EventLexicon.Trigger trigger, int t, Parse parse,
                              int sentence) {
            return switch (condition) {
                // Towns, bases and regions are taken; "took Mali to the brink" seizes nothing.
                case OBJECT_IS_PLACE -> parse.children(t, "obj").stream()
                        .anyMatch(o -> isPlace(o, parse, sentence) && !isState(o, parse, sentence))
                        || parse.children(t, "nsubj:pass").stream()
                        .anyMatch(o -> isPlace(o, parse, sentence) && !isState(o, parse, sentence));
                case SUBJECT_IS_PLACE -> subjects(t, parse).stream().anyMatch(s -> isPlace(s, parse, sentence));
                case OF_PLACE -> parse.children(t, "nmod").stream()
                        .anyMatch(n -> parse.caseOf(n).equals("of") && isPlace(n, parse, sentence));
                case SUBJECT_IS_PEOPLE -> !trigger.verb() || subjects(t, parse).stream()
                        .anyMatch(s -> isPeople(s, parse, sentence));
                case SUBJECT_IS_LEADER -> !trigger.verb() || subjects(t, parse).stream()
                        .anyMatch(s -> isLeader(s, parse, sentence))
                        // "Touré was chased out of Bamako": the one a passive names is the one who fled.
                        || trigger.conditions().contains(EventLexicon.Condition.PASSIVE_SUBJECT_IS_SOURCE)
                        && parse.children(t, "nsubj:pass").stream().anyMatch(s -> isLeader(s, parse, sentence));
                case SUBJECT_IS_MILITARY -> parse.lemma(t).equals("mutiny") || parse.tokens().stream()
                        .anyMatch(token -> MILITARY_CUES.contains(lemma(token)));
                case OBJECT_IS_MEMBER -> parse.children(t, "obj").stream().anyMatch(o -> isState(o, parse, sentence))
                        || parse.children(t, "obl").stream().anyMatch(o -> parse.lemma(o).equals("membership"));
                case SUBJECT_IS_TARGET, PASSIVE_SUBJECT_IS_SOURCE, POSSESSOR_IS_TARGET -> true;
            };
        }

        private List<Coded> events(Sentence sentence, Parse parse, Found found) {
            int t = found.token();
            List<Integer> sourceHeads = new ArrayList<>();
            List<Integer> targetHeads = new ArrayList<>();
            if (found.trigger().verb()) {
                if (found.trigger().conditions().contains(EventLexicon.Condition.SUBJECT_IS_TARGET)) {
                    targetHeads.addAll(subjects(t, parse));
                } else {
                    sourceHeads.addAll(subjects(t, parse));
                }
                targetHeads.addAll(parse.children(t, "obj"));
                boolean electedIsDoer = found.trigger().conditions()
                        .contains(EventLexicon.Condition.PASSIVE_SUBJECT_IS_SOURCE);
                // "Touré was elected president": for an election the one elected is its actor.
                (electedIsDoer ? sourceHeads : targetHeads).addAll(parse.children(t, "nsubj:pass"));
                if (parse.relation(t).equals("acl") && parse.token(t).pos().equals("VBN")) {
                    // "the president toppled by the coup": the modified noun is the one acted upon.
                    (electedIsDoer ? sourceHeads : targetHeads).add(parse.head(t));
                }
            } else {
                boolean possessorSuffers = found.trigger().conditions()
                        .contains(EventLexicon.Condition.POSSESSOR_IS_TARGET);
                for (int child : parse.children(t)) {
                    String rel = parse.relation(child);
                    String preposition = parse.caseOf(child);
                    boolean possessiveState = rel.equals("nmod:poss") && isState(child, parse, sentence.index());
                    if (possessiveState) {
                        // "Mali's coup" happened in Mali; Mali did not stage it.
                        continue;
                    }
                    if (rel.equals("nmod:poss") && possessorSuffers) {
                        // "Keita's ouster", "Sanogo's arrest": the possessor is the one it befell.
                        targetHeads.add(child);
                    } else if (rel.equals("nsubj") && !parse.caseOf(t).isEmpty() && !parse.caseOf(t).equals("under")) {
                        // "the minister was in full flight": a predicate noun's subject is its doer.
                        sourceHeads.add(child);
                    } else if (rel.startsWith("acl") && SUPPORT_VERBS.contains(parse.lemma(child))) {
                        // "the coup, which was led by junior officers"
                        sourceHeads.addAll(subjects(child, parse));
                    } else if (rel.equals("nmod:poss") || rel.startsWith("nmod") && preposition.equals("by")
                            || (rel.equals("compound") || rel.equals("amod")) && hasActor(child, parse, sentence.index())) {
                        sourceHeads.add(child);
                    } else if (rel.startsWith("nmod") && Set.of("against", "on", "of", "from").contains(preposition)) {
                        targetHeads.add(child);
                    }
                }

            }
            List<EventActor> sources = actors(sourceHeads, parse, sentence.index());
            int governor = parse.head(t);
            if (!found.trigger().verb() && sources.isEmpty() && governor >= 0
                    && (parse.relation(t).equals("obj") || parse.relation(t).startsWith("nsubj:pass"))
                    && SUPPORT_VERBS.contains(parse.lemma(governor))) {
                // "announced his resignation", "imposed sanctions": the doer is the support verb's subject.
                sources = actors(subjects(governor, parse), parse, sentence.index());
            }
            if (!found.trigger().verb() && sources.isEmpty() && governor >= 0 && parse.relation(t).equals("obl")
                    && parse.caseOf(t).equals("in") && JOINING_VERBS.contains(parse.lemma(governor))) {
                // "the international community is united in condemnation of the coup"
                List<Integer> joiners = new ArrayList<>(subjects(governor, parse));
                joiners.addAll(parse.children(governor, "nsubj:pass"));
                sources = actors(joiners, parse, sentence.index());
            }
            if (found.trigger().verb() && parse.children(t, "nsubj:pass").isEmpty() && dashBefore(t, parse, sentence)
                    && (sources.isEmpty() && MISPARSED_VERB.contains(parse.relation(t)) || !agentive(sourceHeads,
                    sources, parse, sentence.index()))) {
                // Dashes broke the parse: "took" got "imposition of sharia" as its subject.
                List<EventActor> before = doersBeforeDashes(t, parse, sentence);
                if (!before.isEmpty()) {
                    sources = before;
                }
            }
            boolean underIt = !found.trigger().verb() && parse.caseOf(t).equals("under") && governor >= 0;
            if (underIt) {
                // "many of his ministers under arrest": the one under it is the one it befell.
                targetHeads.add(governor);
            }
            List<EventActor> targets = actors(targetHeads, parse, sentence.index());
            CrisisClass crisisClass = found.trigger().crisisClass();
            EventStatus status = crisisClass == CrisisClass.THREATEN ? EventStatus.THREATENED
                    : crisisClass == CrisisClass.DEMAND ? EventStatus.DEMANDED : status(t, parse);
            EventDates.Dated date = dates.dateFor(sentence.index(), parse, t);
            Location place = place(t, parse, sentence.index(), crisisClass, sources);
            EventSize size = size(sentence.index(), crisisClass);
            EventMention mention = new EventMention(document.document().id(), sentence.index(), sentence.span(),
                    sentence.text(), found.text());
            List<Coded> out = new ArrayList<>();
            // A noun alone ("the coup", "protests") founds an event only with a date, a participant or a place of
            // its own; otherwise it can only be another mention of an event already told.
            boolean resolvedActor = sources.stream().anyMatch(a -> a.actorKey() != null)
                    || targets.stream().anyMatch(a -> a.actorKey() != null);
            boolean plural = parse.token(t).pos().equals("NNS");
            // A noun said of someone ("the minister was in full flight"), a state someone is in ("under arrest"),
            // or a response to another event ("condemnation of the coup") asserts an event rather than recalls one.
            // So does one a support verb carries ("announced his resignation") or one with a doer "by" it.
            // ("threatened to impose an embargo" is the threat, not the embargo).
            boolean supported = governor >= 0 && parse.relation(t).equals("obj")
                    && SUPPORT_VERBS.contains(parse.lemma(governor))
                    && !Set.of("xcomp", "ccomp", "advcl").contains(parse.relation(governor));
            boolean byAgent = parse.children(t, "nmod").stream().anyMatch(n -> parse.caseOf(n).equals("by"));
            boolean asserted = !found.trigger().verb() && (!parse.children(t, "nsubj").isEmpty()
                    || parse.caseOf(t).equals("under") || respondsToEvent(t, crisisClass, parse) || supported
                    || byAgent);
            boolean anchored = found.trigger().verb() || resolvedActor || asserted
                    || (!plural || date.own()) && date.text() != null && DATED_NOMINALS.contains(crisisClass)
                    || !plural && attachedPlace(t, parse, sentence.index());
            // "military coups ... twice before (in 1991 and 2012)": a plural's dates belong to several events.
            boolean lendsDate = !plural;
            // Nouns ("after days of fighting") and verbs whose subject is the victim ("four people died") name
            // no doer; the sentence may name it elsewhere.
            boolean borrows = !underIt && (!found.trigger().verb() || found.trigger().conditions()
                    .contains(EventLexicon.Condition.SUBJECT_IS_TARGET));
            List<List<EventActor>> perSource = new ArrayList<>();
            // "The World Bank and other institutions halted their programmes": one event for the named doer;
            // a conjunct that names no actor does not make an event of its own beside a named one.
            List<EventActor> named = sources.stream().filter(a -> a.actorKey() != null).toList();
            List<EventActor> splitting = named.isEmpty() ? sources : named;
            if (splitting.isEmpty()) {
                perSource.add(List.of());
            } else {
                splitting.forEach(source -> perSource.add(List.of(source)));
            }
            for (List<EventActor> source : perSource) {
                double confidence = 0.4 + (source.isEmpty() || source.get(0).actorKey() == null ? 0 : 0.2)
                        + (date.range() == null ? 0 : 0.15) + (place == null ? 0 : 0.1)
                        + (found.trigger().verb() ? 0.15 : 0);
                out.add(new Coded(new Event(id(sentence.index(), crisisClass, source, t), crisisClass,
                        lexicon.coding(crisisClass), source, targets, date.range(), date.text(), place, size, status,
                        Math.round(confidence * 100) / 100.0, List.of(mention)), anchored, borrows, lendsDate));
            }
            return out;
        }

        /** Whether the noun names an event: a trigger noun, or the head of one written in two words ("coup d'état"). */
        private boolean eventNoun(int head, Parse parse) {
            if (!lexicon.nounTriggers(parse.lemma(head)).isEmpty()) {
                return true;
            }
            String word = straightApostrophes(parse.token(head).word().toLowerCase(Locale.ROOT));
            return parse.children(head, "compound").stream().anyMatch(c -> lexicon.nounTriggers(parse.lemma(c))
                    .stream().anyMatch(tr -> tr.particle() != null && tr.particle().equals(word)));
        }

        /** Whether the noun's "of" phrase is itself an event: "condemnation of the coup", "talks on the crisis". */
        private boolean respondsToEvent(int t, CrisisClass crisisClass, Parse parse) {
            for (int child : parse.children(t)) {
                if (parse.relation(child).startsWith("nmod") && Set.of("of", "over").contains(parse.caseOf(child))
                        && lexicon.nounTriggers(parse.lemma(child)).stream()
                        .anyMatch(other -> other.crisisClass() != crisisClass)) {
                    return true;
                }
            }
            return false;
        }

        /** A count of dead or displaced that no trigger of the sentence accounts for is an event by itself. */
        private void addFigureEvents(Sentence sentence, Parse parse, List<Coded> coded) {
            for (Figure figure : figuresBySentence.getOrDefault(sentence.index(), List.of())) {
                CrisisClass crisisClass = figure.kind() == FigureKind.DEAD ? CrisisClass.KILL
                        : figure.kind() == FigureKind.DISPLACED ? CrisisClass.DISPLACEMENT : null;
                if (crisisClass == null || coded.stream().anyMatch(c -> c.event().crisisClass() == crisisClass)) {
                    continue;
                }
                int anchor = tokenAt(parse, figure.span().start());
                EventStatus status = anchor < 0 ? EventStatus.OCCURRED : status(anchor, parse);
                EventDates.Dated date = dates.dateFor(sentence.index(), parse, Math.max(anchor, 0));
                Location place = place(Math.max(anchor, 0), parse, sentence.index(), crisisClass, List.of());
                List<EventActor> targets = figure.counted().isEmpty() ? List.of()
                        : List.of(new EventActor(null, figure.counted(), figure.span()));
                EventMention mention = new EventMention(document.document().id(), sentence.index(), sentence.span(),
                        sentence.text(), figure.text());
                Event event = new Event(id(sentence.index(), crisisClass, List.of(), anchor), crisisClass,
                        lexicon.coding(crisisClass), List.of(), targets, date.range(), date.text(), place,
                        size(sentence.index(), crisisClass), status, 0.5, List.of(mention));
                coded.add(new Coded(event, true, true));
            }
        }

        /**
         * When dashes have broken the parse ("the MNLA - joined by fighters of Ansar Dine - seized Gao" parsed with
         * "seized" as an adjective of "Gao"), the doer is the first actor named before the verb outside the dashes,
         * with those the dashes say joined it ("joined by", "alongside", "together with", "backed by").
         */
        private List<EventActor> doersBeforeDashes(int verb, Parse parse, Sentence sentence) {
            int verbStart = parse.token(verb).span().start();
            String text = document.text();
            List<EventActor> out = new ArrayList<>();
            ActorMention main = null;
            for (ActorMention mention : actorsBySentence.getOrDefault(sentence.index(), List.of())) {
                if (mention.span().end() > verbStart) {
                    break;
                }
                String before = text.substring(sentence.span().start(), mention.span().start());
                boolean insideDashes = DASHES.matcher(before).results().count() % 2 == 1;
                if (main == null && !insideDashes) {
                    main = mention;
                    out.add(new EventActor(mention.actorKey(), mention.text(), mention.span()));
                } else if (main != null && insideDashes) {
                    // Only the actor the words "joined by" introduce, right after the last doer, joins in.
                    EventActor last = out.get(out.size() - 1);
                    String gap = text.substring(last.span().end(), mention.span().start());
                    if (gap.length() <= 60 && JOINED_BY.matcher(gap).find() && out.stream().noneMatch(
                            a -> java.util.Objects.equals(a.actorKey(), mention.actorKey()))) {
                        out.add(new EventActor(mention.actorKey(), mention.text(), mention.span()));
                    }
                }
            }
            // Only the shape "DOER - aside - VERB": the doer right before the first dash, the verb right after the last.
            if (main == null) {
                return List.of();
            }
            String between = text.substring(main.span().end(), verbStart);
            java.util.List<java.util.regex.MatchResult> dashes = DASHES.matcher(between).results().toList();
            boolean shaped = dashes.size() == 2 && dashes.get(0).start() <= 2
                    && between.length() - dashes.get(1).end() <= 15;
            return shaped ? out : List.of();
        }

        private boolean dashBefore(int verb, Parse parse, Sentence sentence) {
            return DASHES.matcher(document.text().substring(sentence.span().start(),
                    parse.token(verb).span().start())).find();
        }

        /** Whether some doer found is someone: an actor, or people ("soldiers", "thousands"). */
        private boolean agentive(List<Integer> heads, List<EventActor> doers, Parse parse, int sentence) {
            return doers.stream().anyMatch(a -> a.actorKey() != null)
                    || heads.stream().anyMatch(h -> isPeople(h, parse, sentence) || parse.token(h).pos().startsWith("NNP")
                    || PRONOUNS.contains(parse.token(h).word().toLowerCase(Locale.ROOT)));
        }

        /** Subjects of a verb: its own, or for clauses without one, the subject they inherit. */
        private List<Integer> subjects(int verb, Parse parse) {
            List<Integer> direct = new ArrayList<>(parse.children(verb, "nsubj"));
            direct.removeIf(s -> parse.relation(s).startsWith("nsubj:pass"));
            // "By the end of March, the opposition had organized a strike": a time is no agent.
            List<Integer> agents = parse.children(verb, "obl").stream()
                    .filter(o -> parse.caseOf(o).equals("by") && !Set.of("DATE", "TIME", "DURATION")
                            .contains(String.valueOf(parse.token(o).ner()))).toList();
            if (!agents.isEmpty() && !parse.children(verb, "nsubj:pass").isEmpty()
                    || !agents.isEmpty() && parse.token(verb).pos().equals("VBN")) {
                return new ArrayList<>(agents);
            }
            List<Integer> out = new ArrayList<>();
            for (int subject : direct) {
                String word = parse.token(subject).word().toLowerCase(Locale.ROOT);
                if (Set.of("which", "who", "that").contains(word) && parse.relation(verb).equals("acl:relcl")) {
                    out.add(parse.head(verb));
                } else {
                    out.add(subject);
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
            int governor = parse.head(verb);
            String relation = parse.relation(verb);
            if (governor < 0) {
                return out;
            }
            if (relation.equals("xcomp")) {
                // "ordered troops to fire": the object acts; "the colonel led his commandos to seize the palace":
                // the one who leads does.
                List<Integer> objects = parse.children(governor, "obj");
                return objects.isEmpty() || LEAD_VERBS.contains(parse.lemma(governor)) ? subjects(governor, parse)
                        : objects;
            }
            if (relation.equals("conj") || relation.equals("advcl") && parse.token(verb).pos().equals("VBG")) {
                return subjects(governor, parse);
            }
            // A quotation or a dash can leave a second verb of the same subject as a bare "dep" ("the Union
            // condemned the coup and, lamenting "a setback", suspended the country").
            if (relation.equals("dep") && parse.token(verb).pos().startsWith("VB")
                    && parse.token(governor).pos().startsWith("VB")) {
                return subjects(governor, parse);
            }
            if (relation.equals("acl") && !parse.token(verb).pos().equals("VBN")) {
                return List.of(governor);
            }
            return out;
        }

        private List<EventActor> actors(List<Integer> heads, Parse parse, int sentence) {
            List<EventActor> out = new ArrayList<>();
            for (int head : heads) {
                boolean eventNoun = eventNoun(head, parse);
                // "the coup d'état by junior officers overthrew the government": the doer is the event's.
                List<Integer> agents = !eventNoun ? List.of() : parse.children(head, "nmod").stream()
                        .filter(n -> parse.caseOf(n).equals("by")).toList();
                List<Integer> items = new ArrayList<>(eventNoun ? agents : parse.withConjuncts(head));
                if (!eventNoun && actor(head, parse, sentence).map(a -> a.actorKey() == null).orElse(true)) {
                    // "donors - the United States, France and the EU - suspended aid": the apposition names them;
                    // between dashes the parser often calls it a bare "dep".
                    for (int apposition : parse.children(head)) {
                        String rel = parse.relation(apposition);
                        boolean including = rel.startsWith("nmod") && Set.of("including", "like")
                                .contains(parse.caseOf(apposition));
                        if (rel.equals("appos") || rel.equals("dep") && parse.token(apposition).pos().startsWith("NNP")
                                || including) {
                            // "the international community, including the African Union and ECOWAS, condemned ..."
                            items.addAll(parse.withConjuncts(apposition));
                        }
                    }
                }
                for (int item : items) {
                    actor(item, parse, sentence).ifPresent(actor -> {
                        if (out.stream().noneMatch(a -> a.entityText().equals(actor.entityText()))) {
                            out.add(actor);
                        }
                    });
                }
            }
            return out;
        }

        private Optional<EventActor> actor(int head, Parse parse, int sentence) {
            List<Integer> phrase = parse.phrase(head);
            List<Integer> namePart = new ArrayList<>(List.of(head));
            for (int child : parse.children(head)) {
                String rel = parse.relation(child);
                if (rel.equals("compound") || rel.startsWith("flat") || rel.equals("amod") || rel.equals("nummod")) {
                    namePart.add(child);
                }
            }
            Span headSpan = parse.token(head).span();
            ActorMention best = null;
            for (ActorMention mention : actorsBySentence.getOrDefault(sentence, List.of())) {
                if (mention.span().overlaps(headSpan)) {
                    best = mention;
                    break;
                }
                boolean inPhrase = namePart.stream().anyMatch(i -> mention.span().overlaps(parse.token(i).span()));
                if (best == null && inPhrase) {
                    best = mention;
                }
            }
            if (best != null) {
                return Optional.of(new EventActor(best.actorKey(), best.text(), best.span()));
            }
            String word = parse.token(head).word().toLowerCase(Locale.ROOT);
            if (MEMBER_NOUNS.contains(parse.lemma(head)) && parse.children(head, "nmod:poss").stream()
                    .anyMatch(p -> parse.token(p).word().equalsIgnoreCase("its"))) {
                // "its members would close their borders": the body's members act for it.
                Optional<ActorMention> body = antecedent("it", headSpan, sentence, parse);
                if (body.isPresent()) {
                    List<Integer> words = parse.phrase(head);
                    Span span = new Span(parse.token(words.get(0)).span().start(),
                            parse.token(words.get(words.size() - 1)).span().end());
                    return Optional.of(new EventActor(body.get().actorKey(),
                            document.text().substring(span.start(), span.end()), span));
                }
            }
            if (PERSON_PRONOUNS.contains(word) || BODY_PRONOUNS.contains(word)) {
                return antecedent(word, headSpan, sentence, parse)
                        .map(m -> new EventActor(m.actorKey(), parse.token(head).word(), headSpan));
            }
            String ner = parse.token(head).ner();
            if ("DATE".equals(ner) || "TIME".equals(ner) || "DURATION".equals(ner)
                    || PRONOUNS.contains(word)
                    || !parse.token(head).isNoun() || eventNoun(head, parse)) {
                // Pronouns name no one by themselves, and "the coup" in "toppled by the coup" is an event.
                return Optional.empty();
            }
            while (phrase.size() > 1 && Set.of("IN", "DT", "CC").contains(parse.token(phrase.get(0)).pos())) {
                phrase = phrase.subList(1, phrase.size());
            }
            int first = phrase.get(0);
            int last = phrase.get(phrase.size() - 1);
            Span span = new Span(parse.token(first).span().start(), parse.token(last).span().end());
            String text = document.text().substring(span.start(), span.end());
            return Optional.of(new EventActor(null, text, span));
        }

        /**
         * What "he", "she" or "it" stands for: the actor of the right kind (a person; a body, group or state) named
         * last before it, in its sentence or the two before. A pronoun with no such actor names no one.
         */
        private Optional<ActorMention> antecedent(String pronoun, Span at, int sentence, Parse own) {
            boolean person = PERSON_PRONOUNS.contains(pronoun);
            // A subject earlier in the pronoun's own sentence outranks a name in between ("Although the movement
            // kept its distance from the junta, it agreed to ..."): the subject is what the sentence is about.
            List<ActorMention> here = actorsBySentence.getOrDefault(sentence, List.of());
            for (int i = here.size() - 1; i >= 0; i--) {
                ActorMention mention = here.get(i);
                ActorKind kind = kindByKey.get(mention.actorKey());
                if (mention.span().start() >= at.start() || kind == null || (kind == ActorKind.PERSON) != person) {
                    continue;
                }
                boolean subject = own.tokens().stream().anyMatch(token -> token.span().overlaps(mention.span())
                        && own.relation(token.index()).startsWith("nsubj"));
                if (subject) {
                    return Optional.of(mention);
                }
            }
            for (int s = sentence; s >= Math.max(0, sentence - 2); s--) {
                List<ActorMention> mentions = actorsBySentence.getOrDefault(s, List.of());
                for (int i = mentions.size() - 1; i >= 0; i--) {
                    ActorMention mention = mentions.get(i);
                    if (s == sentence && mention.span().start() >= at.start()) {
                        continue;
                    }
                    ActorKind kind = kindByKey.get(mention.actorKey());
                    if (kind != null && (kind == ActorKind.PERSON) == person) {
                        return Optional.of(mention);
                    }
                }
            }
            return Optional.empty();
        }

        private EventStatus status(int t, Parse parse) {
            for (int child : parse.children(t)) {
                String lemma = parse.lemma(child);
                String rel = parse.relation(child);
                if ((rel.equals("advmod") || rel.equals("det") || rel.equals("neg")) && lexicon.isNegation(lemma)) {
                    return EventStatus.NEGATED;
                }
                if ((rel.equals("case") || rel.equals("cc") || rel.equals("mark")) && lexicon.isContrast(lemma)) {
                    // "a riot rather than a planned seizure of power"
                    return EventStatus.NEGATED;
                }
                if (rel.startsWith("aux") && lexicon.isHypotheticalModal(lemma)) {
                    return EventStatus.HYPOTHETICAL;
                }
                if (rel.startsWith("aux") && lexicon.isPlannedModal(lemma)) {
                    return EventStatus.PLANNED;
                }
                if (rel.equals("mark") && lexicon.isConditional(lemma)) {
                    return EventStatus.HYPOTHETICAL;
                }
                if ((rel.equals("amod") || rel.equals("acl")) && lexicon.isPlannedModifier(lemma)) {
                    return EventStatus.PLANNED;
                }
            }
            if (parse.token(t).pos().equals("VBG") && parse.children(t, "aux").stream()
                    .anyMatch(aux -> parse.lemma(aux).equals("be"))) {
                // "fighting is continuing", "have been protesting since June"
                return EventStatus.ONGOING;
            }
            int current = t;
            for (int depth = 0; depth < 3; depth++) {
                int governor = parse.head(current);
                if (governor < 0) {
                    break;
                }
                String link = parse.relation(current);
                if (link.equals("obj") || link.startsWith("nsubj:pass")) {
                    // "will hold elections": the support verb's modal is the noun's.
                    for (int aux : parse.children(governor, "aux")) {
                        if (lexicon.isHypotheticalModal(parse.lemma(aux))) {
                            return EventStatus.HYPOTHETICAL;
                        }
                        if (lexicon.isPlannedModal(parse.lemma(aux))) {
                            return EventStatus.PLANNED;
                        }
                    }
                }
                EventStatus governed = lexicon.governorStatus(parse.lemma(governor));
                String rel = parse.relation(current);
                boolean complement = rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("obj")
                        || rel.startsWith("nsubj:pass") || rel.equals("obl") || rel.startsWith("nmod");
                if (governed != null && complement) {
                    return governed;
                }
                if (!rel.equals("conj") && !rel.equals("xcomp") && !rel.equals("obj")) {
                    break;
                }
                current = governor;
            }
            return EventStatus.OCCURRED;
        }

        /** Whether the trigger has a place of its own ("in Bamako", "at the Kati base"). */
        private boolean attachedPlace(int t, Parse parse, int sentence) {
            for (int child : parse.children(t)) {
                // "the rebellion in the north" names no place precise enough to make the noun an event.
                if (Set.of("in", "at", "near", "outside", "inside").contains(parse.caseOf(child))
                        && isPlace(child, parse, sentence) && !isArea(child, parse, sentence)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Where the event happened: a place attached to the trigger, else a town the sentence names (over a
         * country), else the town the narrative was just at, else the country the report is about.
         */
        private Location place(int t, Parse parse, int sentence, CrisisClass crisisClass,
                               List<EventActor> doers) {
            List<PlaceMention> places = placesBySentence.getOrDefault(sentence, List.of());
            if (places.isEmpty()) {
                return unplaced(sentence, crisisClass);
            }
            List<Integer> attached = new ArrayList<>();
            if (crisisClass == CrisisClass.SEIZE_TERRITORY || crisisClass == CrisisClass.RETREAT_TERRITORY) {
                attached.addAll(parse.children(t, "obj"));
                attached.addAll(parse.children(t, "nsubj"));
                for (int object : parse.children(t, "obj")) {
                    attached.addAll(parse.children(object, "nmod"));
                }
                attached.addAll(parse.children(t, "nmod"));
            }
            for (int child : parse.children(t)) {
                String preposition = parse.caseOf(child);
                if (Set.of("in", "at", "near", "outside", "into", "across", "around", "inside", "throughout", "from")
                        .contains(preposition)) {
                    attached.add(child);
                }
            }
            for (int head : attached) {
                // "the putsch in Mali's capital Bamako": the phrase's own head, else its most precise place.
                PlaceMention best = null;
                for (int index : parse.subtree(head)) {
                    for (PlaceMention place : places) {
                        if (!place.span().overlaps(parse.token(index).span())) {
                            continue;
                        }
                        if (index == head) {
                            return place.location();
                        }
                        if (best == null || precision(place.location()) > precision(best.location())) {
                            best = place;
                        }
                    }
                }
                if (best != null) {
                    return best.location();
                }
            }
            // A town named in the sentence over a country: the country is only where nothing narrower is said. A
            // possessor ("as part of America's efforts") or the doer itself ("Japan suspended its aid") is an actor,
            // not where anything happened.
            List<PlaceMention> located = places.stream().filter(p -> !possessive(p, parse))
                    .filter(p -> doers.stream().noneMatch(a -> a.span() != null && p.span().contains(a.span())
                            || a.span() != null && a.span().equals(p.span())))
                    .toList();
            Optional<Location> town = located.stream().map(PlaceMention::location)
                    .filter(l -> l.resolution() != Location.COUNTRY).findFirst();
            if (town.isPresent()) {
                return town.get();
            }
            if (located.isEmpty()) {
                return unplaced(sentence, crisisClass);
            }
            Location named = located.get(0).location();
            // "Mali's coup" says no more than the report's country; the seat of power says where.
            boolean onlyTheCountry = focusCountry != null && named.area() == null
                    && java.util.Objects.equals(named.countryIso3(), focusCountry.countryIso3());
            return named;
        }

        /** Whether the place's name is followed by a possessive "'s". */
        private static boolean possessive(PlaceMention place, Parse parse) {
            for (int i = 0; i + 1 < parse.size(); i++) {
                if (parse.token(i).span().end() == place.span().end()) {
                    return parse.token(i + 1).pos().equals("POS");
                }
            }
            return false;
        }

        /** A town outranks a region, a region a country, and any of them an area. */
        private static int precision(Location place) {
            return place.area() != null ? -1 : place.resolution();
        }

        /**
         * The last town the previous two sentences of the paragraph name: "Several ministers were arrested."
         * right after the putsch in the capital happened in the capital too.
         */
        private Optional<Location> narrativeTown(int sentence) {
            for (int earlier = sentence - 1; earlier >= Math.max(0, sentence - 2); earlier--) {
                if (!dates.sameParagraph(earlier, sentence)) {
                    break;
                }
                List<PlaceMention> named = placesBySentence.getOrDefault(earlier, List.of());
                for (int i = named.size() - 1; i >= 0; i--) {
                    Location place = named.get(i).location();
                    if (place.area() == null && place.resolution() >= 3) {
                        return Optional.of(place);
                    }
                }
            }
            return Optional.empty();
        }

        private EventSize size(int sentence, CrisisClass crisisClass) {
            Long dead = null;
            Long injured = null;
            Long arrested = null;
            Long displaced = null;
            Long troops = null;
            for (Figure figure : figuresBySentence.getOrDefault(sentence, List.of())) {
                switch (figure.kind()) {
                    case DEAD -> dead = dead == null ? figure.value() : dead;
                    case INJURED -> injured = injured == null ? figure.value() : injured;
                    case ARRESTED -> arrested = arrested == null ? figure.value() : arrested;
                    case DISPLACED -> displaced = displaced == null ? figure.value() : displaced;
                    case TROOPS -> troops = troops == null ? figure.value() : troops;
                    default -> {
                    }
                }
            }
            return new EventSize(dead, injured, arrested, displaced, troops);
        }

        /** Whether the phrase at {@code head} is a direction or area ("the north", "northern Mali"). */
        private boolean isArea(int head, Parse parse, int sentence) {
            for (int index : parse.phrase(head)) {
                Span span = parse.token(index).span();
                for (PlaceMention place : placesBySentence.getOrDefault(sentence, List.of())) {
                    if (place.span().overlaps(span) && place.location().area() != null) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean isPlace(int head, Parse parse, int sentence) {
            if (PLACE_NOUNS.contains(parse.lemma(head))) {
                return true;
            }
            for (int index : parse.phrase(head)) {
                Span span = parse.token(index).span();
                for (PlaceMention place : placesBySentence.getOrDefault(sentence, List.of())) {
                    if (place.span().overlaps(span)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean isPeople(int head, Parse parse, int sentence) {
            if (PEOPLE_NOUNS.contains(parse.lemma(head))) {
                return true;
            }
            return figuresBySentence.getOrDefault(sentence, List.of()).stream()
                    .anyMatch(f -> f.span().overlaps(parse.token(head).span()));
        }

        private boolean isLeader(int head, Parse parse, int sentence) {
            if (LEADER_NOUNS.contains(parse.lemma(head))) {
                return true;
            }
            return actorsBySentence.getOrDefault(sentence, List.of()).stream()
                    .anyMatch(m -> m.span().overlaps(parse.token(head).span())
                            && kindByKey.get(m.actorKey()) == ActorKind.PERSON);
        }

        private boolean isState(int head, Parse parse, int sentence) {
            return actorsBySentence.getOrDefault(sentence, List.of()).stream()
                    .anyMatch(m -> m.span().overlaps(parse.token(head).span())
                            && kindByKey.get(m.actorKey()) == ActorKind.STATE);
        }

        private boolean hasActor(int head, Parse parse, int sentence) {
            return actorsBySentence.getOrDefault(sentence, List.of()).stream()
                    .anyMatch(m -> m.span().overlaps(parse.token(head).span()));
        }

        /**
         * Two different towns that the events' own sentences name. A country, region or area holds towns rather
         * than contradicting them, and a place inherited from the sentences before says nothing of its own.
         */
        private static boolean placesApart(Event a, Event b) {
            return precise(a) && precise(b) && !samePlace(a.place(), b.place());
        }

        private static boolean precise(Event event) {
            Location place = event.place();
            return place != null && place.area() == null && (place.resolution() >= 3 || !place.resolved())
                    && event.mentions().stream().anyMatch(m -> m.text() != null && m.text().contains(place.text()));
        }

        /** The same gazetteer place, or the same words when either is unresolved. */
        private static boolean samePlace(Location a, Location b) {
            if (a == null || b == null) {
                return false;
            }
            if (a.geonameId() != null && b.geonameId() != null) {
                return a.geonameId().equals(b.geonameId()) && java.util.Objects.equals(a.area(), b.area());
            }
            return a.text().equalsIgnoreCase(b.text());
        }

        private String id(int sentence, CrisisClass crisisClass, List<EventActor> source, int token) {
            String key = document.document().id() + "|" + sentence + "|" + crisisClass + "|"
                    + (source.isEmpty() ? "" : source.get(0).entityText()) + "|" + token;
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
                return "evt-" + HexFormat.of().formatHex(digest, 0, 8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
        }
    }

    /** An event found in a sentence, and whether it may found a new event (see {@code events}). */
    /**
     * An event found in a sentence; whether it may found a new event (see {@code events}); whether it may lend
     * its doer; and whether its date may date the event it turns out to be another mention of (a plural noun,
     * "coups in 1991 and 2012", names several events, and its dates are theirs).
     */
    private record Coded(Event event, boolean anchored, boolean borrows, boolean dates) {
        Coded(Event event, boolean anchored, boolean borrows) {
            this(event, anchored, borrows, true);
        }

        Coded(Event event, boolean anchored) {
            this(event, anchored, false, true);
        }
    }

    /** Material events whose doer the sentence often names only once ("after fighting, the MNLA took Gao"). */
    /** Classes a dated noun alone may found ("the 2012 coup", "a July 11 demonstration"). */
    private static final Set<CrisisClass> DATED_NOMINALS = EnumSet.of(CrisisClass.COUP, CrisisClass.PROTEST,
            CrisisClass.ELECTION, CrisisClass.MUTINY, CrisisClass.AGREEMENT, CrisisClass.COUP_ATTEMPT);

    private static final Set<CrisisClass> BORROWS_SOURCE = EnumSet.of(CrisisClass.ATTACK, CrisisClass.KILL,
            CrisisClass.LOOT, CrisisClass.ARREST, CrisisClass.KIDNAP, CrisisClass.SEIZE_TERRITORY);

    private static String sourceKey(Event event) {
        if (event.sources().isEmpty()) {
            return "";
        }
        EventActor source = event.sources().get(0);
        return source.actorKey() != null ? source.actorKey() : source.entityText();
    }

    private static List<EventActor> resolvedFirst(List<EventActor> a, List<EventActor> b) {
        boolean aResolved = !a.isEmpty() && a.get(0).actorKey() != null;
        boolean bResolved = !b.isEmpty() && b.get(0).actorKey() != null;
        return aResolved || !bResolved && !a.isEmpty() ? a : b;
    }

    private static EventSize richer(EventSize a, EventSize b) {
        return new EventSize(a.dead() != null ? a.dead() : b.dead(), a.injured() != null ? a.injured() : b.injured(),
                a.arrested() != null ? a.arrested() : b.arrested(), a.displaced() != null ? a.displaced()
                : b.displaced(), a.troops() != null ? a.troops() : b.troops());
    }

    /** The lexicon writes apostrophes straight; reports often write them typographic ("coup d’état"). */
    private static String straightApostrophes(String word) {
        return word.replace('\u2019', '\'');
    }

    private static String lemma(Token token) {
        return (token.lemma() == null ? token.word() : token.lemma()).toLowerCase(Locale.ROOT);
    }

    private static int tokenAt(Parse parse, int offset) {
        for (Token token : parse.tokens()) {
            if (token.span().start() <= offset && offset < token.span().end()) {
                return token.index();
            }
        }
        return -1;
    }

    /** Of two codings of one event in one sentence, keep the one that says more. */
    private static Event preferRicher(Event a, Event b) {
        int scoreA = (a.date() == null ? 0 : 2) + (a.place() == null ? 0 : 1) + a.targets().size();
        int scoreB = (b.date() == null ? 0 : 2) + (b.place() == null ? 0 : 1) + b.targets().size();
        return scoreB > scoreA ? b : a;
    }
}
