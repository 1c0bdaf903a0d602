package org.sitrep.model.actor;

import org.sitrep.model.Span;

/**
 * A place in a sentence where the text names an actor.
 *
 * @param actorKey the actor's id once resolved across the store; inside one document before linking, a
 *     document-local key
 * @param method how the mention was tied to the actor: {@code dictionary}, {@code acronym}, {@code surname},
 *     {@code title}, {@code nominal}, {@code ner}
 */
public record ActorMention(int sentence, Span span, String text, String actorKey, String method) {
}
