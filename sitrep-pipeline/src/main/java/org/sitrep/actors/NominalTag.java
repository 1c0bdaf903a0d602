package org.sitrep.actors;

import java.util.List;
import org.sitrep.model.actor.ActorKind;

/**
 * How the nominals of one tag of {@code nominals.yaml} resolve besides the tag itself.
 *
 * @param kinds a definite description's head noun fits actors of these kinds, the first the one a name it describes
 *     takes by default ("the group" an armed group or a movement): it refers back to the actor of such a kind
 *     named last; empty for an ordinary tag
 * @param ownActor the name of the document's own actor the phrases form when no actor carries the tag (the
 *     protesters a report follows as one participant), or null
 * @param ownKind that actor's kind, or null
 */
record NominalTag(List<ActorKind> kinds, String ownActor, ActorKind ownKind) {
    static final NominalTag PLAIN = new NominalTag(List.of(), null, null);

    NominalTag {
        kinds = List.copyOf(kinds);
    }

    boolean byKind() {
        return !kinds.isEmpty();
    }
}
