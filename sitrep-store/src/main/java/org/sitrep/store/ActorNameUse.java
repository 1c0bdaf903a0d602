package org.sitrep.store;

/** A name a document uses for a stored actor, in its sentence. */
public record ActorNameUse(String actorId, String name, String docId, int sentence, String sentenceText) {
}
