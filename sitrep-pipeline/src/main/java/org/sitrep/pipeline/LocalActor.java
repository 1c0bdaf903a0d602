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
 */
public record LocalActor(String key, String name, ActorKind kind, String dictionaryId, List<String> surfaceForms,
                         List<MergeReason> reasons) {
    public LocalActor {
        surfaceForms = List.copyOf(surfaceForms);
        reasons = List.copyOf(reasons);
    }
}
