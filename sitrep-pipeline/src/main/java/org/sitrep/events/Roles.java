package org.sitrep.events;

import java.util.List;
import org.sitrep.model.event.EventActor;

/**
 * The source and target of one trigger, and whether the trigger is a state its target is under ("ministers under
 * arrest"), which names no doer of its own to borrow.
 */
record Roles(List<Integer> sourceHeads, List<EventActor> sources, List<EventActor> targets, boolean underIt) {
}
