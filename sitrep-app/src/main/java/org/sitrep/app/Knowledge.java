package org.sitrep.app;

import org.sitrep.actors.ActorDictionary;
import org.sitrep.events.EventLexicon;

/**
 * What sitrep knows, built from a configuration once and shared by ingest, queries and the server: the actor
 * dictionary (the bundled one and the files given with {@code --actors}) and the event coder's rules (the bundled
 * rule files, each overridden by its namesake in {@code --rules}). Immutable and thread-safe.
 */
public record Knowledge(ActorDictionary dictionary, EventLexicon events) {
    public static Knowledge from(SitrepConfig config) {
        return new Knowledge(ActorDictionary.load(config.actorDictionaries()), EventLexicon.load(config.rules()));
    }
}
