package org.sitrep.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.place.PlaceMention;
import org.sitrep.pipeline.LocalActor;

/**
 * The doer of a deed told in the passive with no doer of its own, after a paragraph on a fight (events.yaml
 * {@code episode_doer}): "X massed his troops near the town; when the enemy's offensive came, it failed. Four hundred
 * were killed and the town was taken." The candidates are the known doers of the episode's events and the subjects
 * that moved forces, in the same paragraph within {@code limits.local_focus} sentences before the deed. A side the
 * deed's own sentence names is the victims' side and never its doer: "four hundred Freedonians were killed" after a
 * Freedonian offensive were Freedonia's own dead. Exactly one candidate left is the doer; none or two, no doer.
 */
final class EpisodeDoers {
    /** Words that deny a verb: "France did not take part" names no one who fought. */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");

    private final CodingContext context;
    private final EventDates dates;

    EpisodeDoers(CodingContext context, EventDates dates) {
        this.context = context;
        this.dates = dates;
    }

    Optional<EventActor> of(Event event, List<Event> events) {
        EventLexicon.EpisodeDoer rule = context.lexicon.episodeDoer();
        if (!rule.classes().contains(event.crisisClass()) || !event.sources().isEmpty() || event.mentions().isEmpty()
                || event.status() != EventStatus.OCCURRED) {
            return Optional.empty();
        }
        int sentence = event.mentions().get(0).sentence();
        Parse parse = new Parse(context.document.tokens(sentence));
        if (!passiveParticiple(event.mentions().get(0).trigger(), parse)) {
            return Optional.empty();
        }
        List<ActorMention> candidates = new ArrayList<>();
        int reach = context.lexicon.limits().localFocus();
        for (int earlier = sentence - 1; earlier >= Math.max(0, sentence - reach); earlier--) {
            if (!dates.sameParagraph(earlier, sentence)) {
                break;
            }
            candidates.addAll(episodeDoers(earlier, events));
            candidates.addAll(forceMovers(earlier));
        }
        Set<String> keys = new LinkedHashSet<>();
        for (ActorMention candidate : candidates) {
            if (!victimsSide(candidate.actorKey(), sentence, event)) {
                keys.add(candidate.actorKey());
            }
        }
        if (keys.size() != 1) {
            return Optional.empty();
        }
        String key = keys.iterator().next();
        ActorMention at = candidates.stream().filter(c -> c.actorKey().equals(key)).findFirst().orElseThrow();
        // Written as where it is named ("the rebels", a surname), as a doer its own sentence names would be.
        return Optional.of(new EventActor(key, at.text(), at.span()));
    }

    /** Whether the trigger is a past participle in its sentence ("were killed", "taken prisoner"), not a noun. */
    private static boolean passiveParticiple(String trigger, Parse parse) {
        if (trigger == null || trigger.isBlank()) {
            return false;
        }
        String first = trigger.trim().split("\\s+")[0];
        return parse.tokens().stream().anyMatch(t -> t.word().equalsIgnoreCase(first) && t.pos().equals("VBN"));
    }

    /** The known doers of the episode's events told in a sentence, written where they are named. */
    private List<ActorMention> episodeDoers(int sentence, List<Event> events) {
        List<ActorMention> out = new ArrayList<>();
        for (Event told : events) {
            if (!context.lexicon.episodeDoer().episode().contains(told.crisisClass())
                    || told.status() != EventStatus.OCCURRED
                    || told.mentions().stream().noneMatch(m -> m.sentence() == sentence)) {
                continue;
            }
            for (EventActor doer : told.sources()) {
                if (doer.actorKey() != null && context.actor(doer.actorKey()) != null && doer.span() != null) {
                    out.add(new ActorMention(sentence, doer.span(), doer.entityText(), doer.actorKey(), "episode"));
                }
            }
        }
        return out;
    }

    /** Known actors that are the subject of a verb moving forces ("X concentrated his troops near Y"). */
    private List<ActorMention> forceMovers(int sentence) {
        Parse parse = new Parse(context.document.tokens(sentence));
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention mention : context.actors(sentence)) {
            for (int i = 0; i < parse.size(); i++) {
                Token token = parse.token(i);
                if (!token.span().overlaps(mention.span()) || !parse.relation(i).equals("nsubj")) {
                    continue;
                }
                int verb = parse.head(i);
                if (verb >= 0 && !negated(verb, parse) && movesForces(verb, parse)) {
                    out.add(mention);
                }
            }
        }
        return out;
    }

    private boolean movesForces(int verb, Parse parse) {
        for (int object : parse.children(verb, "obj")) {
            for (int word : parse.subtree(object)) {
                if (context.words.armedNouns().contains(parse.lemma(word))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean negated(int verb, Parse parse) {
        return parse.children(verb).stream()
                .anyMatch(c -> NEGATIONS.contains(parse.token(c).word().toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether an actor is of the side the deed's own sentence names: named in it (not as the deed's doer), or of the
     * country an adjective of nationality there names ("forty Freedonians were killed"): the state itself, or an
     * actor whose forms carry the adjective or the country's name ("the Freedonian leader X").
     */
    private boolean victimsSide(String key, int sentence, Event event) {
        if (context.actors(sentence).stream().anyMatch(m -> m.actorKey().equals(key))
                || event.targets().stream().anyMatch(t -> key.equals(t.actorKey()))) {
            return true;
        }
        LocalActor actor = context.actor(key);
        for (PlaceMention demonym : context.demonyms(sentence)) {
            if (actor.kind() == ActorKind.STATE && CountryAdjectives.isState(actor, demonym.location())) {
                return true;
            }
            Set<String> sideWords = new LinkedHashSet<>();
            sideWords.add(singular(written(demonym.span())));
            if (demonym.location().name() != null) {
                sideWords.add(singular(demonym.location().name().toLowerCase(Locale.ROOT)));
            }
            List<String> forms = new ArrayList<>(actor.surfaceForms());
            forms.add(actor.name());
            for (String form : forms) {
                for (String word : form.toLowerCase(Locale.ROOT).split("[\\s']+")) {
                    if (sideWords.contains(singular(word))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private String written(Span span) {
        return context.document.text().substring(span.start(), span.end()).toLowerCase(Locale.ROOT);
    }

    /** "Freedonians" and "Freedonian" name one side. */
    private static String singular(String word) {
        return word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
    }
}
