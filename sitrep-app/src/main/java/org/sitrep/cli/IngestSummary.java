package org.sitrep.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.app.StorePicture;
import org.sitrep.export.DateLabels;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventStatus;
import org.sitrep.picture.MergedEvent;
import org.sitrep.picture.Situation;
import org.sitrep.picture.Spells;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.Store;

/**
 * The screen that ends {@code sitrep ingest}: what the stored reports say, as an analyst wants it first (events
 * by class, the key events in date order, the situation at the latest date the reports cover, how many
 * contradictions), each line pointing to the command that shows more. Which classes are key is in
 * {@code summary.yaml}.
 */
final class IngestSummary {
    private static final int WIDTH = Rows.DEFAULT_WIDTH;

    /** The rules of the screen, from {@code summary.yaml}. */
    record Rules(@JsonProperty("key_classes") Set<CrisisClass> keyClasses,
                 @JsonProperty("key_events_shown") int keyEventsShown,
                 @JsonProperty("situation_lines_shown") int situationLinesShown) {
        static Rules bundled() {
            try (InputStream in = IngestSummary.class.getResourceAsStream("/org/sitrep/cli/summary.yaml")) {
                return new ObjectMapper(new YAMLFactory()).readValue(Objects.requireNonNull(in, "summary.yaml"),
                        Rules.class);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read summary.yaml", e);
            }
        }
    }

    private final Store store;
    private final StorePicture picture;
    private final String sitrep;
    private final Rules rules;

    /** @param sitrep how to call sitrep in the pointers ("./sitrep", with --store when one was given) */
    IngestSummary(Store store, StorePicture picture, String sitrep, Rules rules) {
        this.store = store;
        this.picture = picture;
        this.sitrep = sitrep;
        this.rules = rules;
    }

    void print(PrintWriter out) {
        List<MergedEvent> merged = picture.mergedEvents();
        out.println();
        out.println("The picture (" + merged.size() + " events merged across " + store.documents().size()
                + " reports):");
        byClass(out, merged);
        keyEvents(out, merged);
        situation(out, merged);
        int contradictions = picture.contradictions().size();
        out.println("Contradictions: " + contradictions + (contradictions == 0 ? "" : " where the reports disagree")
                + "  -> " + sitrep + " contradictions");
        out.println("Everything in the browser (timeline, map, actors, reader)  -> " + sitrep + " serve");
        out.flush();
    }

    private void byClass(PrintWriter out, List<MergedEvent> merged) {
        Map<CrisisClass, Long> counts = merged.stream().collect(Collectors.groupingBy(MergedEvent::crisisClass,
                () -> new EnumMap<>(CrisisClass.class), Collectors.counting()));
        out.println("Events by class  -> " + sitrep + " events --class CLASS");
        if (counts.isEmpty()) {
            out.println("  (no events)");
            return;
        }
        List<String> items = counts.entrySet().stream()
                .sorted(Map.Entry.<CrisisClass, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> entry.getKey().name() + " " + entry.getValue()).toList();
        StringBuilder line = new StringBuilder(" ");
        for (String item : items) {
            if (line.length() + item.length() + 3 > WIDTH) {
                out.println(line);
                line = new StringBuilder(" ");
            }
            line.append(' ').append(item).append(',');
        }
        out.println(line.substring(0, line.length() - 1));
    }

    private void keyEvents(PrintWriter out, List<MergedEvent> merged) {
        List<Event> key = merged.stream().filter(e -> rules.keyClasses().contains(e.crisisClass())
                && e.status() == EventStatus.OCCURRED).map(MergedEvent::toEvent).toList();
        out.println("Key events (coups, mutinies, seizures... as summary.yaml lists them)  -> " + sitrep
                + " timeline");
        if (key.isEmpty()) {
            out.println("  (none)");
            return;
        }
        Function<String, String> names = id -> store.actor(id).map(Actor::name).orElse(id);
        for (Event event : key.stream().limit(rules.keyEventsShown()).toList()) {
            String doers = event.sources().stream().map(a -> doer(a, names)).distinct()
                    .collect(Collectors.joining("; "));
            String line = String.format("  %-16s %-18s %-40s %s", DateLabels.label(event.date()),
                    event.crisisClass().name(), clip(doers.isEmpty() ? "(doer not named)" : doers, 40),
                    event.place() == null ? "" : event.place().displayName());
            out.println(clip(line.stripTrailing(), WIDTH));
        }
        if (key.size() > rules.keyEventsShown()) {
            out.println("  ... and " + (key.size() - rules.keyEventsShown()) + " more");
        }
    }

    private void situation(PrintWriter out, List<MergedEvent> merged) {
        LocalDate latest = store.documents().stream().map(DocumentSummary::published).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElseGet(() -> merged.stream().map(MergedEvent::toEvent)
                        .filter(e -> e.date() != null).map(e -> e.date().start()).max(Comparator.naturalOrder())
                        .orElse(null));
        if (latest == null) {
            out.println("Situation: the reports give no date  -> " + sitrep + " situation --at YYYY-MM-DD");
            return;
        }
        String country = mainCountry(merged);
        Situation situation = picture.history().at(latest, country);
        out.println("Situation on " + latest + (country == null ? "" : " in " + country)
                + ", the latest date the reports cover  -> " + sitrep + " situation --at " + latest
                + (country == null ? "" : " --country " + country));
        int shown = rules.situationLinesShown();
        List<String> lines = new java.util.ArrayList<>();
        situation.power().stream().limit(shown).forEach(p -> lines.add("power    " + p.office() + ": " + p.holder()
                + (p.since() == null ? "" : " since " + p.since())));
        situation.control().stream().limit(shown).forEach(c -> lines.add("control  " + c.place() + ": "
                + (c.heldBy().isEmpty() ? "(doers not named)" : String.join(", ", c.heldBy()))
                + (c.since() == null ? "" : " since " + c.since())));
        situation.measures().stream().limit(shown).forEach(m -> lines.add("measure  " + m.kind()
                + (m.against() == null ? "" : " against " + m.against()) + (m.by() == null ? "" : " by " + m.by())
                + (m.since() == null ? "" : " since " + m.since())));
        if (lines.isEmpty()) {
            lines.add("(nothing known to hold on that day)");
        }
        int more = Math.max(0, situation.power().size() - shown) + Math.max(0, situation.control().size() - shown)
                + Math.max(0, situation.measures().size() - shown);
        lines.forEach(line -> out.println(clip("  " + line, WIDTH)));
        if (more > 0) {
            out.println("  ... and " + more + " more");
        }
    }

    /** The country most of the events are located in, or null when none is. */
    private static String mainCountry(List<MergedEvent> merged) {
        return merged.stream().map(MergedEvent::toEvent).filter(e -> e.place() != null
                        && e.place().countryIso3() != null).collect(Collectors.groupingBy(e -> e.place().countryIso3(),
                        Collectors.counting())).entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Long> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static String doer(EventActor actor, Function<String, String> names) {
        return actor.actorKey() == null ? actor.entityText() : names.apply(actor.actorKey());
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
