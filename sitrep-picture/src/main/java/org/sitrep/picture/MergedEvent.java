package org.sitrep.picture;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.event.EventSize;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.place.Location;

/**
 * One event as all the reports that tell it give it: its members (one event per report, in canonical order),
 * the reconciled date, the doers and targets of every report, and each attribute the reports disagree on as
 * alternatives with their sources.
 *
 * @param id the cluster id: the id of the first member in canonical order
 * @param sources every member's doers, each actor once (by store id, else by its words)
 * @param place the most specific place the reports agree on most; null if none
 * @param places each distinct place the reports give, with their documents
 * @param sizes per counted kind ("dead", "displaced"...), each distinct figure with its documents
 */
public record MergedEvent(String id, CrisisClass crisisClass, EventStatus status, List<ReportedEvent> members,
                          ReconciledDate date, List<EventActor> sources, List<EventActor> targets, Location place,
                          List<Alternative<String>> places, EventSize size,
                          Map<String, List<Alternative<Long>>> sizes) {
    public MergedEvent {
        Objects.requireNonNull(id, "id");
        members = List.copyOf(members);
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        places = List.copyOf(places);
        sizes = Map.copyOf(sizes);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a merged event needs at least one member: " + id);
        }
    }

    /** How well the reports support it, by these rules. */
    public Support support(PictureRules rules) {
        return Support.of(this, rules);
    }

    /** The documents that report it, in canonical order. */
    public List<String> docIds() {
        Set<String> docs = new LinkedHashSet<>();
        members.forEach(member -> docs.add(member.docId()));
        return List.copyOf(docs);
    }

    /** Every mention of every member, in canonical member order. */
    public List<EventMention> mentions() {
        List<EventMention> mentions = new ArrayList<>();
        members.forEach(member -> mentions.addAll(member.event().mentions()));
        return mentions;
    }

    /**
     * The merged event as one {@link Event} for the exports: the cluster id, the reconciled date, every doer
     * and target, every mention. Coding, date words and confidence come from the first member that gives them.
     */
    public Event toEvent() {
        Event first = members.get(0).event();
        String dateText = null;
        for (ReportedEvent member : members) {
            Event event = member.event();
            if (event.date() != null && date.date() != null && event.date().equals(date.date())
                    && event.dateText() != null) {
                dateText = event.dateText();
                break;
            }
        }
        if (dateText == null) {
            dateText = members.stream().map(member -> member.event().dateText()).filter(Objects::nonNull)
                    .findFirst().orElse(null);
        }
        double confidence = members.stream().mapToDouble(member -> member.event().confidence()).max().orElse(0);
        return new Event(id, crisisClass, first.plover(), sources, targets, date.date(), dateText, place, size,
                status, confidence, mentions());
    }
}
