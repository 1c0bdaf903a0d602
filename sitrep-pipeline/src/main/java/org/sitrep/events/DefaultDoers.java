package org.sitrep.events;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.place.Location;
import org.sitrep.model.time.DateRange;
import org.sitrep.pipeline.LocalActor;

/**
 * The doer of an event whose text names none, for the classes of events.yaml {@code default_sources}: the
 * document's actor with the class's tag named most recently up to the event, else the one named most; for the
 * classes of {@code dominant_doer}, the one actor of its kind that most of the document's named doers of them are.
 */
final class DefaultDoers {

    private final CodingContext context;

    private final RulingBodies rulingBodies;

    DefaultDoers(CodingContext context) {
        this.context = context;
        this.rulingBodies = new RulingBodies(context);
    }

    Optional<EventActor> of(CrisisClass crisisClass, int sentence, DateRange date) {
        String tag = context.lexicon.policies().defaultSourceTags().get(crisisClass);
        if (tag == null) {
            return Optional.empty();
        }
        // A body the sentence itself describes as the ruling military one first: no dictionary need know it.
        Optional<EventActor> described = rulingBodies.in(sentence, tag);
        if (described.isPresent()) {
            return described;
        }
        Optional<EventActor> tagged = tagged(tag, sentence, date);
        return tagged.isPresent() ? tagged : onlyOfKind(crisisClass);
    }

    /**
     * The one actor of the class's kind (events.yaml {@code default_source_kinds}) the document names, when no
     * actor has the class's tag: a report on one protest movement no dictionary knows ("the protests continued").
     * Two of the kind leave the doer unnamed.
     */
    private Optional<EventActor> onlyOfKind(CrisisClass crisisClass) {
        ActorKind kind = context.lexicon.policies().defaultSourceKinds().get(crisisClass);
        if (kind == null) {
            return Optional.empty();
        }
        List<ActorMention> ofKind = context.document.actorMentions().stream()
                .filter(m -> context.kind(m.actorKey()) == kind).toList();
        if (ofKind.isEmpty() || ofKind.stream().map(ActorMention::actorKey).distinct().count() > 1) {
            return Optional.empty();
        }
        ActorMention first = ofKind.get(0);
        return Optional.of(new EventActor(first.actorKey(), context.actor(first.actorKey()).name(), first.span()));
    }

    private Optional<EventActor> tagged(String tag, int sentence, DateRange date) {
        ActorMention best = null;
        Map<String, Integer> counts = new HashMap<>();
        for (ActorMention mention : context.document.actorMentions()) {
            LocalActor actor = context.actor(mention.actorKey());
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
            best = context.document.actorMentions().stream().filter(m -> m.actorKey().equals(most.get()))
                    .findFirst().orElseThrow();
        }
        return Optional.of(new EventActor(best.actorKey(), context.actor(best.actorKey()).name(), best.span()));
    }

    /**
     * The doer of an event of events.yaml {@code dominant_doer}'s classes whose text names none: the actor of the
     * rule's kind that is the doer of at least the rule's share of the document's events of those classes that
     * name a resolved doer ("the village was attacked again" in a report of one insurgent group's raids).
     */
    Optional<EventActor> dominant(CrisisClass crisisClass, int sentence, List<Event> events) {
        EventLexicon.DominantDoer rule = context.lexicon.dominantDoer();
        if (!rule.classes().contains(crisisClass)) {
            return Optional.empty();
        }
        Map<String, Integer> counts = new HashMap<>();
        int named = 0;
        for (Event event : events) {
            if (!rule.classes().contains(event.crisisClass()) || event.sources().isEmpty()
                    || event.sources().get(0).actorKey() == null) {
                continue;
            }
            named++;
            counts.merge(event.sources().get(0).actorKey(), 1, Integer::sum);
        }
        int total = named;
        Optional<String> dominant = counts.entrySet().stream()
                .filter(e -> context.kind(e.getKey()) == rule.kind() && e.getValue() >= rule.share() * total)
                .map(Map.Entry::getKey).findFirst();
        if (dominant.isEmpty()) {
            return Optional.empty();
        }
        ActorMention at = null;
        for (ActorMention mention : context.document.actorMentions()) {
            if (mention.actorKey().equals(dominant.get()) && (at == null || mention.sentence() <= sentence)) {
                at = mention;
            }
        }
        return at == null ? Optional.empty()
                : Optional.of(new EventActor(at.actorKey(), context.actor(at.actorKey()).name(), at.span()));
    }

    /**
     * The doer of an event of events.yaml {@code default_state}'s classes whose text names none: the state of the
     * country the event is placed in, when the report names it ("the 2 February election" in a report on
     * Freedonia is Freedonia's). None for an event placed in no country, or in one whose state the report never
     * names.
     */
    Optional<EventActor> state(Event event) {
        Location place = event.place();
        if (!context.lexicon.policies().defaultState().contains(event.crisisClass()) || place == null
                || place.countryIso3() == null) {
            return Optional.empty();
        }
        int sentence = event.mentions().isEmpty() ? Integer.MAX_VALUE : event.mentions().get(0).sentence();
        ActorMention at = null;
        for (ActorMention mention : context.document.actorMentions()) {
            LocalActor actor = context.actor(mention.actorKey());
            if (actor != null && actor.kind() == ActorKind.STATE && CountryAdjectives.isState(actor, place)
                    && (at == null || mention.sentence() <= sentence)) {
                at = mention;
            }
        }
        return at == null ? Optional.empty()
                : Optional.of(new EventActor(at.actorKey(), context.actor(at.actorKey()).name(), at.span()));
    }

    /**
     * The doer of an event of events.yaml {@code participant_doer}'s classes whose text names none and no default
     * gave: the people its trigger's noun says take part (words.yaml {@code participant_nouns}: "a riot broke out"
     * was the rioters'), written at the trigger's first mention. None for a trigger no noun of the list heads.
     */
    Optional<EventActor> participants(Event event) {
        if (!context.lexicon.policies().participantDoer().contains(event.crisisClass())) {
            return Optional.empty();
        }
        for (EventMention mention : event.mentions()) {
            String trigger = mention.trigger() == null ? "" : mention.trigger().trim().toLowerCase(Locale.ROOT);
            String last = trigger.substring(trigger.lastIndexOf(' ') + 1);
            String people = context.words.participantNouns().get(last);
            if (people == null && last.endsWith("s")) {
                people = context.words.participantNouns().get(last.substring(0, last.length() - 1));
            }
            if (people != null) {
                return Optional.of(new EventActor(null, people, mention.span()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an actor could have acted then: an actor with dated roles only during them (the CNSP did not
     * stage the 2012 coup); one without roles, or an undated event, always.
     */
    private static boolean activeAt(LocalActor actor, DateRange date) {
        if (date == null || actor.roles().isEmpty()) {
            return true;
        }
        return actor.roles().stream().anyMatch(role -> (role.from() == null || !role.from().isAfter(date.end()))
                && (role.to() == null || !role.to().isBefore(date.start())));
    }
}
