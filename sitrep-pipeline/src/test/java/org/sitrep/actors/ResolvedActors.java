package org.sitrep.actors;

import java.time.LocalDate;
import org.sitrep.model.EntityMention;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.LocalActor;

/**
 * Runs the actor stage on a hand-built sentence (the dictionary's name tagger, then the resolver) and looks up what
 * it made: the actor of a mention's text, an actor by key.
 */
final class ResolvedActors {
    private ResolvedActors() {
    }

    /** The sentence as a document published on {@code published}, its names tagged and its actors resolved. */
    static AnalysedDocument resolve(HandTokens sentence, LocalDate published, ActorDictionary dictionary,
                                    PlaceNames places, EntityMention... entities) {
        AnalysedDocument document = sentence.document(published, entities);
        new DictionaryNameTagger(dictionary).apply(document);
        new ActorResolver(dictionary, places).apply(document);
        return document;
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
