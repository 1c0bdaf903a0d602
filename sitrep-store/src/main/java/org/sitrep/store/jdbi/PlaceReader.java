package org.sitrep.store.jdbi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.place.Location;
import org.sitrep.model.place.PlaceMention;
import org.sitrep.store.PlaceMentionView;
import org.sitrep.store.PlaceSummary;

/** Reads the places reports name ({@code sql/.../places.sql}). Thread-safe. */
final class PlaceReader {
    private static final String FILE = "places";

    private final Database db;

    PlaceReader(Database db) {
        this.db = db;
    }

    List<PlaceMention> places(String docId) {
        return db.read("read the places of " + docId, handle -> handle
                .createQuery(db.sql(FILE, "of_document"))
                .bind("docId", docId)
                .map((row, context) -> Rows.placeMention(row))
                .list());
    }

    /**
     * Mentions group by gazetteer id, unresolved ones by their folded words; the spelling shown is the most
     * frequent, the gazetteer fields are the same for every mention of a group.
     */
    List<PlaceSummary> places() {
        return db.read("read places", handle -> {
            Map<Long, Integer> eventsByPlace = new HashMap<>();
            handle.createQuery(db.sql(FILE, "events_per_place"))
                    .map((row, context) -> Map.entry(row.getLong("id"), row.getInt("n")))
                    .forEach(e -> eventsByPlace.put(e.getKey(), e.getValue()));
            Map<String, PlaceTally> tallies = new LinkedHashMap<>();
            handle.createQuery(db.sql(FILE, "all_mentions"))
                    .map((row, context) -> Map.entry(row.getString("doc_id"), Rows.placeMention(row)))
                    .forEach(entry -> {
                        Location place = entry.getValue().location();
                        String key = place.geonameId() != null ? "id:" + place.geonameId()
                                : "text:" + NameNormaliser.normalise(place.text());
                        tallies.computeIfAbsent(key, k -> new PlaceTally(place)).add(entry.getKey(), place.text());
                    });
            List<PlaceSummary> out = new ArrayList<>();
            for (PlaceTally tally : tallies.values()) {
                Location p = tally.first;
                int events = p.geonameId() == null ? 0 : eventsByPlace.getOrDefault(p.geonameId(), 0);
                out.add(new PlaceSummary(new Location(tally.spelling(), p.name(), p.geonameId(), p.lat(), p.lon(),
                        p.admin1(), p.countryIso3(), p.featureCode(), p.resolution(), null), tally.mentions, events,
                        tally.documents.size()));
            }
            out.sort(Comparator.comparingInt(PlaceSummary::mentions).reversed()
                    .thenComparing(s -> s.place().displayName()));
            return out;
        });
    }

    List<PlaceMentionView> placeMentions(String name, int limit) {
        String folded = NameNormaliser.normalise(Objects.requireNonNull(name, "name"));
        if (folded.isEmpty() || limit <= 0) {
            return List.of();
        }
        // Folding happens in Java, the same on every database: "Ségou" must find "Segou".
        return db.read("read place mentions", handle -> handle.createQuery(db.sql(FILE, "with_sentences"))
                .map((row, context) -> new PlaceMentionView(row.getString("doc_id"), row.getString("sentence_text"),
                        Rows.placeMention(row)))
                .stream()
                .filter(v -> folded.equals(NameNormaliser.normalise(v.mention().location().text()))
                        || v.mention().location().name() != null
                        && folded.equals(NameNormaliser.normalise(v.mention().location().name())))
                .limit(limit)
                .toList());
    }

    /** Mentions of one place, counted while {@link #places()} reads them. */
    private static final class PlaceTally {
        private final Location first;
        private final Map<String, Integer> spellings = new HashMap<>();
        private final Set<String> documents = new HashSet<>();
        private int mentions;

        PlaceTally(Location first) {
            this.first = first;
        }

        void add(String docId, String spelling) {
            mentions++;
            documents.add(docId);
            spellings.merge(spelling, 1, Integer::sum);
        }

        String spelling() {
            return spellings.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        }
    }
}
