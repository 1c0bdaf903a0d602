package org.sitrep.picture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A telling that gives an event no date ("the captains who overthrew the president") joins the one dated event
 * of its class and status that shares an identified participant with it (a doer it names by its own words, or a
 * target) and whose places and doers can be one with it, even in its own report: the coder left it apart for
 * want of a date, not because it is another event. With no such event, or several, it stays apart. Stateless.
 */
final class UndatedTellings {
    private final PictureRules rules;
    private final EventPlaces places;
    private final EventMerger merger;
    private final EventMatcher matcher;

    UndatedTellings(PictureRules rules, EventPlaces places, EventMerger merger) {
        this.rules = rules;
        this.places = places;
        this.merger = merger;
        this.matcher = new EventMatcher(rules, places);
    }

    List<MergedEvent> join(List<MergedEvent> events) {
        Map<String, List<MergedEvent>> joining = new LinkedHashMap<>();
        Set<String> joined = new HashSet<>();
        for (MergedEvent undated : events) {
            if (undated.date().date() != null) {
                continue;
            }
            List<MergedEvent> candidates = events.stream().filter(dated -> dated.date().date() != null
                    && fits(undated, dated)).toList();
            if (candidates.size() == 1) {
                joining.computeIfAbsent(candidates.get(0).id(), id -> new ArrayList<>()).add(undated);
                joined.add(undated.id());
            }
        }
        List<MergedEvent> out = new ArrayList<>();
        for (MergedEvent event : events) {
            if (joined.contains(event.id())) {
                continue;
            }
            List<MergedEvent> tellings = joining.get(event.id());
            if (tellings == null) {
                out.add(event);
                continue;
            }
            List<ReportedEvent> members = new ArrayList<>(event.members());
            tellings.forEach(telling -> members.addAll(telling.members()));
            out.add(merger.mergeOne(event.id(), members));
        }
        out.sort(EventMerger.DATE_ORDER);
        return out;
    }

    private boolean fits(MergedEvent undated, MergedEvent dated) {
        if (undated.crisisClass() != dated.crisisClass()
                || EventMatcher.statusGroup(undated.status()) != EventMatcher.statusGroup(dated.status())) {
            return false;
        }
        for (ReportedEvent u : undated.members()) {
            for (ReportedEvent d : dated.members()) {
                if (!places.compatible(u.event(), d.event())
                        || matcher.isLifting(u.event()) != matcher.isLifting(d.event())) {
                    return false;
                }
            }
        }
        Set<String> undatedDoers = namedDoers(undated);
        Set<String> datedDoers = namedDoers(dated);
        if (rules.sourceDefines().contains(undated.crisisClass()) && !undatedDoers.isEmpty()
                && !datedDoers.isEmpty() && undatedDoers.stream().noneMatch(datedDoers::contains)) {
            return false;
        }
        Set<String> targets = EventMatcher.ids(dated.targets());
        return undatedDoers.stream().anyMatch(datedDoers::contains)
                || EventMatcher.ids(undated.targets()).stream().anyMatch(targets::contains);
    }

    private Set<String> namedDoers(MergedEvent event) {
        Set<String> ids = new HashSet<>();
        event.members().forEach(member -> ids.addAll(EventMatcher.ids(Doers.ownEvidence(member, rules))));
        return ids;
    }
}
