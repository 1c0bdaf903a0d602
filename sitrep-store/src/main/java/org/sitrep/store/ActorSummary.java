package org.sitrep.store;

import org.sitrep.model.actor.Actor;

/** An actor with how often the stored reports name it, and in how many documents. */
public record ActorSummary(Actor actor, int mentions, int documents) {
}
