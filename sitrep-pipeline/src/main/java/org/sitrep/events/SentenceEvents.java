package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Sentence;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventSize;
import org.sitrep.model.event.EventStatus;

/**
 * A sentence's events: one per class and resolved source (an unresolved or missing source joins the class's
 * first event), with doers lent across the sentence to the classes of events.yaml {@code borrow_doer} ("after
 * days of fighting, the rebels took the town"), and the events its counts found by themselves.
 */
final class SentenceEvents {
    /** Relations by which the outcome verb hangs on the verb it is told as ("opened fire ..., killing"). */
    private static final Set<String> OUTCOME = Set.of("advcl", "xcomp", "dep");

    private final CodingContext context;
    private final TriggerMatcher triggers;
    private final TriggerEvents events;
    private final FigureEvents figures;

    SentenceEvents(CodingContext context, TriggerMatcher triggers, TriggerEvents events, FigureEvents figures) {
        this.context = context;
        this.triggers = triggers;
        this.events = events;
        this.figures = figures;
    }

    List<Coded> code(Sentence sentence, Parse parse) {
        List<Coded> raw = new ArrayList<>();
        List<Found> founds = triggers.triggers(sentence.index(), parse);
        for (Found found : founds) {
            if (!toldAsOutcome(found, founds, parse)) {
                raw.addAll(events.of(sentence, parse, found));
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
                // "an air raid hit the base from which planes could attack the capital": a deed that happened and
                // one that could are two events, and the one who could does not lend the other a doer.
                if (kept.crisisClass() == coded.event().crisisClass()
                        && maybe(kept.status()) == maybe(coded.event().status())
                        && !EventCoreference.conflict(kept, coded.event())
                        && !(bothResolved && !EventCoreference.sourceKey(kept)
                        .equals(EventCoreference.sourceKey(coded.event())))) {
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
                        kept.borrows() && coded.borrows(), kept.dates() || coded.dates(),
                        kept.fresh() || coded.fresh()));
            }
        }
        // A doer the sentence names may be lent; one only a pronoun stands for (written as the pronoun, or as its
        // antecedent in a sentence before) is too weak to found another event. Only the doer of a deed of the same
        // kind lends ("condemned the attack, a senseless assault": the one who condemns did not assault).
        Optional<EventActor> borrowed = out.stream().map(Coded::event)
                .filter(e -> context.lexicon.policies().borrowDoer().contains(e.crisisClass()))
                .filter(e -> !e.sources().isEmpty() && e.sources().get(0).actorKey() != null
                        && !pronoun(e.sources().get(0), sentence))
                .map(e -> e.sources().get(0)).findFirst();
        for (int i = 0; i < out.size(); i++) {
            Event event = out.get(i).event();
            if (event.sources().isEmpty() && out.get(i).borrows() && borrowed.isPresent()
                    && context.lexicon.policies().borrowDoer().contains(event.crisisClass())
                    && event.targets().stream().noneMatch(t -> borrowed.get().entityText().equals(t.entityText()))) {
                out.set(i, new Coded(event.withSources(List.of(borrowed.get())), true, false, out.get(i).dates(),
                        out.get(i).fresh()));
            }
        }
        figures.add(sentence, parse, out);
        return out;
    }

    /** Whether a status tells of a deed that may yet happen rather than of one told as done or not done. */
    private static boolean maybe(EventStatus status) {
        return status == EventStatus.HYPOTHETICAL || status == EventStatus.PLANNED;
    }

    private boolean pronoun(EventActor actor, Sentence sentence) {
        boolean elsewhere = actor.span() != null && (actor.span().start() < sentence.span().start()
                || actor.span().end() > sentence.span().end());
        return elsewhere || context.words.pronouns().contains(actor.entityText().toLowerCase(Locale.ROOT));
    }

    /**
     * "Security forces opened fire on demonstrators, killing more than one hundred": the shooting and the
     * killing are one event, coded as the killing (events.yaml {@code told_as}; the outcome is what ACLED and
     * PLOVER count).
     */
    private boolean toldAsOutcome(Found found, List<Found> founds, Parse parse) {
        CrisisClass outcome = context.lexicon.policies().toldAs().get(found.trigger().crisisClass());
        if (outcome == null || !found.trigger().verb()) {
            return false;
        }
        // The parser often hangs the outcome on the verb's object instead ("opened fire on the crowd killing two").
        return founds.stream().anyMatch(other -> other.trigger().crisisClass() == outcome
                && (parse.head(other.token()) == found.token() && OUTCOME.contains(parse.relation(other.token()))
                || parse.relation(other.token()).equals("acl") && parse.token(other.token()).pos().equals("VBG")
                && parse.head(other.token()) >= 0 && parse.head(parse.head(other.token())) == found.token()));
    }

    /** Of two codings of one event in one sentence, keep the one that says more. */
    private static Event preferRicher(Event a, Event b) {
        int scoreA = (a.date() == null ? 0 : 2) + (a.place() == null ? 0 : 1) + a.targets().size();
        int scoreB = (b.date() == null ? 0 : 2) + (b.place() == null ? 0 : 1) + b.targets().size();
        return scoreB > scoreA ? b : a;
    }

    private static List<EventActor> resolvedFirst(List<EventActor> a, List<EventActor> b) {
        boolean aResolved = !a.isEmpty() && a.get(0).actorKey() != null;
        boolean bResolved = !b.isEmpty() && b.get(0).actorKey() != null;
        return aResolved || !bResolved && !a.isEmpty() ? a : b;
    }

    static EventSize richer(EventSize a, EventSize b) {
        return new EventSize(a.dead() != null ? a.dead() : b.dead(), a.injured() != null ? a.injured() : b.injured(),
                a.arrested() != null ? a.arrested() : b.arrested(), a.displaced() != null ? a.displaced()
                : b.displaced(), a.troops() != null ? a.troops() : b.troops());
    }
}
