package org.sitrep.picture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.event.CrisisClass;

/**
 * Groups the events of many reports into clusters, one per real event. The result depends only on the set
 * of events, never on their order, so ingesting reports one by one gives what ingesting them at once gives.
 *
 * <p>Within a class, every pair that {@link EventMatcher#score matches} is considered, strongest first (ties
 * in {@link ReportedEvent#CANONICAL} order); two clusters join when no document is in both (a report's own
 * events were kept apart by the coder, and stay apart) and every pair across them is
 * {@link EventMatcher#compatible compatible} (so one vague mention cannot bridge the 2012 and the 2020
 * coups). A cluster's id is the id of its first event in canonical order: a lone event keeps its own id.
 * Stateless and thread-safe.
 */
public final class EventClusterer {
    private final EventMatcher matcher;

    public EventClusterer(EventMatcher matcher) {
        this.matcher = matcher;
    }

    /** Event id → cluster id, for every event given. */
    public Map<String, String> cluster(List<ReportedEvent> events) {
        Map<CrisisClass, List<ReportedEvent>> byClass = new EnumMap<>(CrisisClass.class);
        for (ReportedEvent event : events) {
            byClass.computeIfAbsent(event.event().crisisClass(), c -> new ArrayList<>()).add(event);
        }
        Map<String, String> clusterOf = new LinkedHashMap<>();
        for (List<ReportedEvent> ofClass : byClass.values()) {
            clusterOf.putAll(clusterClass(ofClass));
        }
        return clusterOf;
    }

    private Map<String, String> clusterClass(List<ReportedEvent> unsorted) {
        List<ReportedEvent> events = new ArrayList<>(unsorted);
        events.sort(ReportedEvent.CANONICAL);
        int n = events.size();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int score = matcher.score(events.get(i), events.get(j));
                if (score > 0) {
                    pairs.add(new Pair(i, j, score));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::score).reversed().thenComparingInt(Pair::i)
                .thenComparingInt(Pair::j));
        int[] root = new int[n];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            root[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        for (Pair pair : pairs) {
            int a = root[pair.i()];
            int b = root[pair.j()];
            if (a == b || !joinable(events, members.get(a), members.get(b))) {
                continue;
            }
            int keep = Math.min(a, b);
            int gone = Math.max(a, b);
            for (int member : members.get(gone)) {
                root[member] = keep;
            }
            members.get(keep).addAll(members.get(gone));
            members.get(gone).clear();
        }
        Map<String, String> clusterOf = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            // The root is the smallest index of the cluster: its first event in canonical order.
            clusterOf.put(events.get(i).id(), events.get(root[i]).id());
        }
        return clusterOf;
    }

    private boolean joinable(List<ReportedEvent> events, List<Integer> a, List<Integer> b) {
        Set<String> docs = new HashSet<>();
        a.forEach(i -> docs.add(events.get(i).docId()));
        for (int j : b) {
            if (docs.contains(events.get(j).docId())) {
                return false;
            }
        }
        for (int i : a) {
            for (int j : b) {
                if (!matcher.compatible(events.get(i), events.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    private record Pair(int i, int j, int score) {
    }
}
