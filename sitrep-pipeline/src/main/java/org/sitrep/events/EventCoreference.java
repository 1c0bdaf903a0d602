package org.sitrep.events;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.Span;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.figure.Figure;
import org.sitrep.model.figure.FigureKind;
import org.sitrep.model.place.Location;
import org.sitrep.model.time.DateRange;

/**
 * Which earlier event a new mention is another mention of, and the one event two mentions make. A bare mention
 * ("the coup") recalls the event of its class told last, or after events.yaml {@code limits.local_focus}
 * sentences the report's own.
 */
final class EventCoreference {
    /** PLOVER resolution from which a place is local: a district, a town or finer (not a country or region). */
    private static final int LOCAL = 3;

    private final CodingContext context;

    EventCoreference(CodingContext context) {
        this.context = context;
    }

    /**
     * The earlier event this one is another mention of: same class and status, and nothing that tells
     * them apart (dates that overlap or are missing, the same place or none, the same source or none). An
     * event told apart from the latest of its class may still be a later mention of an earlier one ("the
     * August 18 coup" after a paragraph on the coup of 2012). -1 when there is none.
     */
    int coreferent(List<Event> events, Event event, boolean anchored) {
        if (!anchored || event.date() == null && event.sources().isEmpty()) {
            // Nothing of its own to tell it apart ("IBK's ouster"): like "the coup", it refers back. A bare mention
            // founds nothing, so only a date, a place or a doer keeps it from the event it recalls; one that could
            // found an event is also told apart by what it befell.
            return referent(events, event, anchored);
        }
        boolean passedOne = false;
        for (int i : byRecency(events)) {
            Event earlier = events.get(i);
            if (earlier.crisisClass() != event.crisisClass() || earlier.status() != event.status()) {
                continue;
            }
            if (apart(earlier, event, true)) {
                passedOne = true;
                continue;
            }
            boolean bothDated = earlier.date() != null && event.date() != null;
            // "Gunmen killed ..." and then "the gunmen": a capital at a sentence's start makes no other doer.
            boolean sameSource = !sourceKey(earlier).isEmpty() && sourceKey(earlier).equalsIgnoreCase(sourceKey(event));
            boolean ownSource = !event.sources().isEmpty();
            if (ownSource && anotherDeed(earlier, event)) {
                passedOne = true;
                continue;
            }
            // One with a doer of its own joins the same doer's event, or one whose doer the text had not yet
            // named; one with a date of its own only an event dated alike.
            // Past an event told apart, or to lend a doer, only dates that agree say it is the same event.
            // A doer is lent to a doerless event only while the text is still on it: far on, an event with a
            // doer of its own is another ("a village was shelled" ... pages later "jets bombed the forest").
            // Far on, the same day or night told again is still the same event ("the coup of 22 March" ... "ousted
            // on 22 March by a junta").
            boolean lends = earlier.sources().isEmpty() && bothDated
                    && (withinFocus(earlier, event) || sameDays(earlier, event));
            boolean doerFits = sameSource || !ownSource || lends || describes(event, earlier);
            boolean dateFits = sameSource || bothDated || event.date() == null && !passedOne;
            return doerFits && dateFits ? i : -1;
        }
        return -1;
    }

    /**
     * Whether a telling with a doer of its own is another of the deeds that doer does again and again (events.yaml
     * {@code repeated_deeds}): the text has moved on from the earlier one (past the local focus), nothing but the
     * doer ties them, neither dates of both (which, not apart, agree) nor the same town, and the telling has
     * something of its own the earlier one lacks: whom it befell ("the group, which had attacked troops in the
     * south", pages after its bombing of a market), or a date (its "attack in September" is the dated one told
     * before, not an undated one of the same group). A retelling with neither ("looters were seen in the streets again")
     * still joins.
     */
    private boolean anotherDeed(Event earlier, Event event) {
        boolean tied = earlier.date() != null && event.date() != null
                || precise(earlier) && precise(event) && samePlace(earlier.place(), event.place());
        boolean ownTarget = !event.targets().isEmpty() && earlier.targets().isEmpty();
        boolean ownDate = event.date() != null && earlier.date() == null;
        return context.lexicon.policies().repeatedDeeds().contains(event.crisisClass())
                && (ownTarget || ownDate) && !withinFocus(earlier, event) && !tied;
    }

    /** Both dated to a day or a night (two days at most), and those days overlap. */
    private static boolean sameDays(Event a, Event b) {
        DateRange x = a.date();
        DateRange y = b.date();
        return x != null && y != null && days(x) <= 2 && days(y) <= 2
                && !x.end().isBefore(y.start()) && !y.end().isBefore(x.start());
    }

    private static long days(DateRange range) {
        return ChronoUnit.DAYS.between(range.start(), range.end()) + 1;
    }

    /** Whether {@code event} comes within the local focus of {@code earlier}'s last mention. */
    private boolean withinFocus(Event earlier, Event event) {
        int gap = event.mentions().get(0).sentence() - lastMention(earlier).sentence();
        return gap <= context.lexicon.limits().localFocus();
    }

    /**
     * The events' indexes, the one the text told last first: a mention that does not say which event it tells
     * goes on with the one the text was telling ("killed two in the town. They had opened fire on the crowd"), not
     * with the one founded last, which may have been told only in passing sentences before.
     */
    private static List<Integer> byRecency(List<Event> events) {
        List<Integer> order = new ArrayList<>();
        for (int i = events.size() - 1; i >= 0; i--) {
            order.add(i);
        }
        // Stable: of two told last in the same sentence, the one founded later comes first, as before.
        order.sort(Comparator.comparingInt((Integer i) -> lastMention(events.get(i)).sentence()).reversed());
        return order;
    }

    /**
     * The earlier event a mention the text marks as new ("another military takeover on 22 May") is after all: one of
     * its class and status dated to the same single day, with nothing that tells them apart (a report that tells
     * the coup of 22 May once more, as "another" beside an older one). -1 when there is none.
     */
    int sameDay(List<Event> events, Event event) {
        DateRange date = event.date();
        if (date == null || !date.start().equals(date.end())) {
            return -1;
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            Event earlier = events.get(i);
            if (earlier.crisisClass() == event.crisisClass() && earlier.status() == event.status()
                    && earlier.date() != null && date.start().equals(earlier.date().start())
                    && date.end().equals(earlier.date().end()) && !apart(earlier, event, true)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What a bare mention ("the coup") refers back to: the event of its class and status the text named most
     * recently; of two named in the same sentence ("toppled by the coup of 2012, he had come to power by one
     * in 1991"), the later in time, since a report's "the coup" is the one it is about. When the last one was
     * named more than the local focus before, the focus has moved on and "the coup" is again the report's own:
     * the latest in time that had happened by publication.
     */
    private int referent(List<Event> events, Event event, boolean byTarget) {
        int recent = recentReferent(events, event, byTarget);
        if (recent < 0) {
            return recent;
        }
        int sentence = event.mentions().get(0).sentence();
        if (sentence - lastMention(events.get(recent)).sentence() <= context.lexicon.limits().localFocus()) {
            return recent;
        }
        LocalDate published = context.published();
        int current = recent;
        for (int i = 0; i < events.size(); i++) {
            Event earlier = events.get(i);
            if (earlier.crisisClass() != event.crisisClass() || earlier.status() != event.status()
                    || earlier.date() == null || apart(earlier, event, byTarget)
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

    private int recentReferent(List<Event> events, Event event, boolean byTarget) {
        int best = -1;
        for (int i = events.size() - 1; i >= 0; i--) {
            Event earlier = events.get(i);
            if (earlier.crisisClass() != event.crisisClass() || earlier.status() != event.status()
                    || apart(earlier, event, byTarget)) {
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
    static Event merged(Event base, Event other, boolean otherDates, boolean otherPlaces) {
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
                && (base.place().area() != null || base.place().resolution() < LOCAL));
        return new Event(base.id(), base.crisisClass(), base.plover(),
                base.sources().isEmpty() ? other.sources() : base.sources(), targets,
                otherDate ? other.date() : base.date(), otherDate ? other.dateText() : base.dateText(),
                otherPlace ? other.place() : base.place(), SentenceEvents.richer(base.size(), other.size()),
                base.status(), Math.max(base.confidence(), other.confidence()), mentions);
    }

    /** Whether {@code inner} lies within {@code outer} and is shorter. */
    private static boolean narrower(DateRange inner, DateRange outer) {
        return !inner.start().isBefore(outer.start()) && !inner.end().isAfter(outer.end())
                && ChronoUnit.DAYS.between(inner.start(), inner.end())
                < ChronoUnit.DAYS.between(outer.start(), outer.end());
    }

    /**
     * Two mentions in different sentences that cannot be one event: a {@link #conflict}, or (when {@code byTarget})
     * each befalls someone or something the other does not ("the hospital was targeted" after "jets bombed the
     * forest"). Targets are the same when they are one actor or share a word that is not filler (words.yaml
     * {@code unspecific_words}, a pronoun, a place noun, an object a trigger names): "the hotel" and "the Splendid
     * Hotel" are one; "it", "the town" or "the streets" tell nothing apart.
     */
    boolean apart(Event a, Event b, boolean byTarget) {
        return conflict(a, b) || byTarget && targetsApart(a, b);
    }

    private boolean targetsApart(Event a, Event b) {
        // Only deeds done to someone (the material events of events.yaml borrow_doer) are told apart by whom they
        // befell; a seizure's or a withdrawal's object is a place, which conflict compares; a statement's or a
        // demand's addressee does not make it another.
        if (!context.lexicon.policies().borrowDoer().contains(a.crisisClass())
                || context.lexicon.policies().placeFromObject().contains(a.crisisClass())) {
            return false;
        }
        Set<String> wordsA = new HashSet<>();
        Set<String> wordsB = new HashSet<>();
        for (EventActor x : a.targets()) {
            for (EventActor y : b.targets()) {
                if (x.actorKey() != null && x.actorKey().equals(y.actorKey())) {
                    return false;
                }
            }
            wordsA.addAll(targetWords(x));
        }
        b.targets().forEach(y -> wordsB.addAll(targetWords(y)));
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return false;
        }
        wordsA.retainAll(wordsB);
        return wordsA.isEmpty();
    }

    /**
     * The words that say whom a target is: a count ("two people", "some 300 villagers") says how many, not whom,
     * so the number a figure of people reads over the target is no such word.
     */
    private Set<String> targetWords(EventActor target) {
        Set<String> words = contentWords(target.entityText());
        if (target.span() == null) {
            return words;
        }
        for (Figure figure : context.document.figures()) {
            Span span = figure.span();
            // Only a count of people: "the 2007 constitution" is not the 1997 one.
            if (figure.kind() != FigureKind.OTHER && span != null && span.start() < target.span().end()
                    && target.span().start() < span.end()) {
                Set<String> counted = contentWords(figure.counted());
                contentWords(figure.text()).stream().filter(w -> !counted.contains(w)).forEach(words::remove);
            }
        }
        return words;
    }

    private Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            // "village" and "villages" are one word here; "the port" and "the town" may name any place.
            String singular = word.length() > 4 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
            if (word.length() > 2 && !context.words.unspecificWords().contains(word)
                    && !context.words.pronouns().contains(word) && !context.words.placeNouns().contains(singular)
                    && !context.lexicon.objectWords().contains(word)) {
                out.add(singular);
            }
        }
        return out;
    }

    /** Two events that cannot be one: dated apart, at different towns, or done by different actors. */
    static boolean conflict(Event a, Event b) {
        boolean datesApart = a.date() != null && b.date() != null
                && (a.date().end().isBefore(b.date().start()) || b.date().end().isBefore(a.date().start()));
        boolean placesApart = precise(a) && precise(b) && !samePlace(a.place(), b.place())
                || countriesApart(a, b);
        return datesApart || placesApart || doersApart(a, b);
    }

    /**
     * Two doers that cannot be one. A description no actor answers to ("the captains") may be a named actor told
     * another way: it sets no event apart from a named doer's when both befell the same named actor ("the
     * captains who overthrew the president" after "the junta's coup against President X").
     */
    private static boolean doersApart(Event a, Event b) {
        if (a.sources().isEmpty() || b.sources().isEmpty() || sourceKey(a).equalsIgnoreCase(sourceKey(b))) {
            return false;
        }
        boolean aNamed = a.sources().get(0).actorKey() != null;
        boolean bNamed = b.sources().get(0).actorKey() != null;
        return aNamed == bNamed || !sameNamedTarget(a, b);
    }

    /** Whether {@code later}'s doer is a description ("the captains") of {@code earlier}'s named one. */
    private static boolean describes(Event later, Event earlier) {
        return !later.sources().isEmpty() && later.sources().get(0).actorKey() == null
                && !earlier.sources().isEmpty() && earlier.sources().get(0).actorKey() != null
                && sameNamedTarget(later, earlier);
    }

    private static boolean sameNamedTarget(Event a, Event b) {
        return a.targets().stream().map(EventActor::actorKey).filter(Objects::nonNull)
                .anyMatch(key -> b.targets().stream().anyMatch(t -> key.equals(t.actorKey())));
    }

    /**
     * Whether the event's own sentences name its town. A country, region or area holds towns rather than
     * contradicting them, and a place inherited from the sentences before says nothing of its own.
     */
    private static boolean precise(Event event) {
        Location place = event.place();
        return place != null && place.area() == null && (place.resolution() >= LOCAL || !place.resolved())
                && event.mentions().stream().anyMatch(m -> m.text() != null && m.text().contains(place.text()));
    }

    /**
     * Two events whose own sentences place them in different countries ("the bombings in a town of one country",
     * "attacked troops in the south of another"): a region or a country, unlike a town, is no conflict on its
     * own, but its country is. A place inherited from the sentences before says nothing.
     */
    private static boolean countriesApart(Event a, Event b) {
        String countryA = ownCountry(a);
        String countryB = ownCountry(b);
        return countryA != null && countryB != null && !countryA.equals(countryB);
    }

    private static String ownCountry(Event event) {
        Location place = event.place();
        boolean own = place != null && place.countryIso3() != null
                && event.mentions().stream().anyMatch(m -> m.text() != null && m.text().contains(place.text()));
        return own ? place.countryIso3() : null;
    }

    /** The same gazetteer place, or the same words when either is unresolved. */
    private static boolean samePlace(Location a, Location b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.geonameId() != null && b.geonameId() != null) {
            return a.geonameId().equals(b.geonameId()) && Objects.equals(a.area(), b.area());
        }
        return a.text().equalsIgnoreCase(b.text());
    }

    static String sourceKey(Event event) {
        if (event.sources().isEmpty()) {
            return "";
        }
        EventActor source = event.sources().get(0);
        return source.actorKey() != null ? source.actorKey() : source.entityText();
    }

    static EventMention lastMention(Event event) {
        return event.mentions().get(event.mentions().size() - 1);
    }
}
