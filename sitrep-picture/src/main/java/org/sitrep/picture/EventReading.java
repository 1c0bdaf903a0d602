package org.sitrep.picture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.actor.Actor;

/**
 * The merged events as the situation, the contradictions and the views read them: a coup's date that its target's
 * dated roles refute is set aside ({@link TenureCheck}), then undated tellings join the one dated event they are
 * tied to ({@link UndatedTellings}). The exports keep the stored clusters as they are. Stateless and thread-safe.
 */
public final class EventReading {
    private final TenureCheck tenure;
    private final UndatedTellings tellings;

    public EventReading(PictureRules rules, EventPlaces places) {
        EventMerger merger = new EventMerger(rules, places);
        this.tenure = new TenureCheck(rules, merger);
        this.tellings = new UndatedTellings(rules, places, merger);
    }

    /** @param actors every known actor with its dated roles: the dictionary's and the store's */
    public List<MergedEvent> read(List<MergedEvent> merged, List<Actor> actors) {
        Map<String, Actor> byId = new LinkedHashMap<>();
        actors.forEach(actor -> byId.putIfAbsent(actor.id(), actor));
        return tellings.join(tenure.check(merged, byId));
    }
}
