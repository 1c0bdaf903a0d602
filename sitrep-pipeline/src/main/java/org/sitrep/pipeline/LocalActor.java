package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.MergeReason;

/**
 * An actor as one document knows it, before it is linked to the store's actors.
 *
 * @param key document-local key that this document's actor mentions use
 * @param dictionaryId the actor dictionary's id when a dictionary entry matched, else null
 * @param surfaceForms the names this document uses for it, in order of first use
 * @param reasons why each surface form was attached (for {@code actor NAME --why})
 * @param tags the words generic nominals point at ("junta", "army"), from the dictionary or the actor's kind
 * @param roles the dictionary's dated roles of the actor, empty for actors found in the text only
 */
public record LocalActor(String key, String name, ActorKind kind, String dictionaryId, List<String> surfaceForms,
                         List<MergeReason> reasons, java.util.Set<String> tags,
                         List<org.sitrep.model.actor.Role> roles) {
    public LocalActor {
        surfaceForms = List.copyOf(surfaceForms);
        reasons = List.copyOf(reasons);
        tags = java.util.Set.copyOf(tags);
        roles = List.copyOf(roles);
    }

    public LocalActor(String key, String name, ActorKind kind, String dictionaryId, List<String> surfaceForms,
                      List<MergeReason> reasons) {
        this(key, name, kind, dictionaryId, surfaceForms, reasons, java.util.Set.of(), List.of());
    }
}
