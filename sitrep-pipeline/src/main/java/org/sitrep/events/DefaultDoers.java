package org.sitrep.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.time.DateRange;
import org.sitrep.pipeline.LocalActor;

/**
 * The doer of an event whose text names none, for the classes of events.yaml {@code default_sources}: the
 * document's actor with the class's tag named most recently up to the event, else the one named most.
 */
final class DefaultDoers {
    private final CodingContext context;

    DefaultDoers(CodingContext context) {
        this.context = context;
    }

    Optional<EventActor> of(CrisisClass crisisClass, int sentence, DateRange date) {
        String tag = context.lexicon.policies().defaultSourceTags().get(crisisClass);
        if (tag == null) {
            return Optional.empty();
        }
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
