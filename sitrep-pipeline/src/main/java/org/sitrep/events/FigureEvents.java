package org.sitrep.events;

import java.util.List;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.event.EventSize;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.figure.Figure;
import org.sitrep.model.place.Location;

/**
 * The sizes a sentence's counted figures give its events, and the events a count founds by itself: a count of a
 * kind events.yaml {@code figure_events} maps to a class that no trigger of the sentence accounts for.
 */
final class FigureEvents {
    private final CodingContext context;
    private final StatusReader status;
    private final EventDates dates;
    private final EventPlacer placer;
    private final Confidence confidence;

    FigureEvents(CodingContext context, StatusReader status, EventDates dates, EventPlacer placer,
                 Confidence confidence) {
        this.context = context;
        this.status = status;
        this.dates = dates;
        this.placer = placer;
        this.confidence = confidence;
    }

    /** The first count of each kind the sentence gives. */
    EventSize size(int sentence) {
        Long dead = null;
        Long injured = null;
        Long arrested = null;
        Long displaced = null;
        Long troops = null;
        for (Figure figure : context.figures(sentence)) {
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

    /** Relations by which a count's words hang on the noun counted ("2.1 million people"). */
    private static final java.util.Set<String> MODIFIER = java.util.Set.of("nummod", "compound", "amod",
            "advmod", "obl:npmod", "quantmod");
    /** How many such steps lead from a count's first word to its noun. */
    private static final int MODIFIER_STEPS = 3;
    /** Relations by which the counted noun is what its verb befell or who did it. */
    private static final java.util.Set<String> COUNTED = java.util.Set.of("obj", "nsubj", "nsubj:pass");

    /** Adds to {@code coded} the events the sentence's counts found by themselves. */
    void add(Sentence sentence, Parse parse, List<Coded> coded) {
        for (Figure figure : context.figures(sentence.index())) {
            CrisisClass crisisClass = context.lexicon.policies().figureEvents().get(figure.kind());
            if (crisisClass == null || coded.stream().anyMatch(c -> c.event().crisisClass() == crisisClass)) {
                continue;
            }
            int anchor = tokenAt(parse, figure.span().start());
            EventStatus eventStatus = anchor < 0 ? EventStatus.OCCURRED : status.of(anchor, parse);
            EventDates.Dated date = dates.dateFor(sentence.index(), parse, countingVerb(anchor, figure.span(), parse),
                    Math.max(anchor, 0));
            Location place = placer.place(Math.max(anchor, 0), parse, sentence.index(), crisisClass, List.of());
            List<EventActor> counted = figure.counted().isEmpty() ? List.of()
                    : List.of(new EventActor(null, figure.counted(), figure.span()));
            // The dead are a killing's victims; the displaced are a displacement's actors (counted_is_doer).
            boolean doers = context.lexicon.policies().countedIsDoer().contains(crisisClass);
            EventMention mention = new EventMention(context.documentId(), sentence.index(), sentence.span(),
                    sentence.text(), figure.text());
            Event event = new Event(EventIds.id(context.documentId(), sentence.index(), crisisClass, List.of(), anchor),
                    crisisClass, context.lexicon.coding(crisisClass), doers ? counted : List.of(),
                    doers ? List.of() : counted, date.range(), date.text(),
                    place, size(sentence.index()), eventStatus, confidence.figureEvent(), List.of(mention));
            coded.add(new Coded(event, true, true, true));
        }
    }

    /**
     * The verb that tells what befell the counted ("has displaced 2.1 million people", "50 soldiers were killed"), or
     * the predicate of the clause the count is told in ("the town is now home to 3,000 refugees"): the count's time
     * is that clause's. The count's own token when its noun hangs on neither.
     */
    static int countingVerb(int anchor, org.sitrep.model.Span figure, Parse parse) {
        if (anchor < 0) {
            return 0;
        }
        int noun = anchor;
        // Up to the head of the count's own words ("tens of thousands of refugees"), then its modifiers' noun.
        for (int step = 0; step < parse.size() && parse.head(noun) >= 0
                && figure.contains(parse.token(parse.head(noun)).span()); step++) {
            noun = parse.head(noun);
        }
        for (int step = 0; step < MODIFIER_STEPS && MODIFIER.contains(parse.relation(noun)); step++) {
            noun = parse.head(noun);
        }
        int head = parse.head(noun);
        if (head < 0) {
            return anchor;
        }
        boolean predicate = parse.token(head).isVerb() || !parse.children(head, "cop").isEmpty();
        return COUNTED.contains(parse.relation(noun)) && parse.token(head).isVerb()
                || (parse.relation(noun).startsWith("obl") || parse.relation(noun).equals("nmod")) && predicate
                ? head : anchor;
    }

    private static int tokenAt(Parse parse, int offset) {
        for (Token token : parse.tokens()) {
            if (token.span().start() <= offset && offset < token.span().end()) {
                return token.index();
            }
        }
        return -1;
    }
}
