package org.sitrep.events;

import java.util.List;
import org.sitrep.model.event.EventActor;

/**
 * The source and target of one trigger, whether the trigger is a state its target is under ("ministers under
 * arrest"), which names no doer of its own to borrow, and those the source did it with ("marched with parents"),
 * who share each of its events rather than found one of their own.
 */
record Roles(List<Integer> sourceHeads, List<EventActor> sources, List<EventActor> targets, boolean underIt,
             List<EventActor> companions) {
}
