package org.sitrep.actors;

import org.sitrep.model.actor.ActorMention;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.LocalActor;

/** Looks up what the resolver made of a test document: the actor of a mention's text, an actor by key. */
final class ResolvedActors {
    private ResolvedActors() {
    }

    /** The actor key of the first mention written {@code text}; fails naming the mentions there are. */
    static String keyOf(AnalysedDocument document, String text) {
        return document.actorMentions().stream().filter(m -> m.text().equals(text)).map(ActorMention::actorKey)
                .findFirst().orElseThrow(() -> new AssertionError("no actor mention '" + text + "' in "
                        + document.actorMentions()));
    }

    static LocalActor actor(AnalysedDocument document, String key) {
        return document.localActors().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
    }
}
