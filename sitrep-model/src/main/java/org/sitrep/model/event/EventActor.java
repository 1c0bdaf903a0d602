package org.sitrep.model.event;

import org.sitrep.model.Span;

/**
 * A participant of an event as the text names it.
 *
 * @param actorKey the actor it was resolved to (a store id once linked), or null when the words name no known
 *     actor ("dozens of civilians")
 * @param entityText the words the text used
 */
public record EventActor(String actorKey, String entityText, Span span) {
}
