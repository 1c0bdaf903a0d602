package org.sitrep.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventStatus;

/**
 * The records of {@code events/regression.yaml} and how a record's expected events are matched to the events the
 * coder produced for its last sentence. Plain data and pure functions: no NLP here, so the file's format is checked
 * without loading CoreNLP.
 */
final class RegressionCases {
    static final String RESOURCE = "/events/regression.yaml";
    static final List<String> CATEGORIES = List.of("VERB", "NOMINAL", "PASSIVE", "COORDINATION", "STATUS", "DATE",
            "RELATIVE_CLAUSE", "APPOSITION", "HISTORY", "NEGATIVE", "FIGURE");
    private static final Set<String> RECORD_FIELDS = Set.of("id", "category", "published", "text", "events");
    private static final Set<String> EVENT_FIELDS = Set.of("class", "status", "date", "source", "target", "place");

    private RegressionCases() {
    }

    /** One sentence (with its context) and the events its last sentence reports. */
    record Case(String id, String category, LocalDate published, String text, List<Expected> events) {
    }

    /** An expected event; null fields are not checked, except {@code date}: null means "no date". */
    record Expected(CrisisClass crisisClass, EventStatus status, Interval date, String source, String target,
                    String place) {
        String describe() {
            return crisisClass + "/" + status.label() + (date == null ? "" : " " + date)
                    + (source == null ? "" : " src~" + source) + (target == null ? "" : " tgt~" + target)
                    + (place == null ? "" : " @" + place);
        }
    }

    /** A closed interval of days. */
    record Interval(LocalDate start, LocalDate end) {
        /** "2012-03-22", "2012-03" (whole month), "2012" (whole year), or "A..B" of those. */
        static Interval parse(String text) {
            int dots = text.indexOf("..");
            if (dots >= 0) {
                return new Interval(parse(text.substring(0, dots).trim()).start(),
                        parse(text.substring(dots + 2).trim()).end());
            }
            if (text.matches("\\d{4}")) {
                int year = Integer.parseInt(text);
                return new Interval(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(text);
                return new Interval(month.atDay(1), month.atEndOfMonth());
            }
            LocalDate day = LocalDate.parse(text);
            return new Interval(day, day);
        }

        @Override
        public String toString() {
            return start.equals(end) ? start.toString() : start + ".." + end;
        }
    }

    static List<Case> load() {
        try (InputStream in = RegressionCases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            if (!root.isArray()) {
                throw new IllegalArgumentException(RESOURCE + ": expected a list of records");
            }
            List<Case> cases = new ArrayList<>();
            for (JsonNode node : root) {
                cases.add(parseCase(node));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case parseCase(JsonNode node) {
        String id = required(node, "id", "?");
        node.fieldNames().forEachRemaining(field -> {
            if (!RECORD_FIELDS.contains(field)) {
                throw new IllegalArgumentException(id + ": unknown field '" + field + "'");
            }
        });
        String category = required(node, "category", id);
        if (!CATEGORIES.contains(category)) {
            throw new IllegalArgumentException(id + ": unknown category " + category);
        }
        JsonNode events = node.get("events");
        if (events == null || !events.isArray()) {
            throw new IllegalArgumentException(id + ": 'events' must be a list ([] for no event)");
        }
        List<Expected> expected = new ArrayList<>();
        for (JsonNode event : events) {
            event.fieldNames().forEachRemaining(field -> {
                if (!EVENT_FIELDS.contains(field)) {
                    throw new IllegalArgumentException(id + ": unknown event field '" + field + "'");
                }
            });
            String status = optional(event, "status");
            String date = optional(event, "date");
            expected.add(new Expected(CrisisClass.valueOf(required(event, "class", id)),
                    status == null ? EventStatus.OCCURRED : EventStatus.valueOf(status.toUpperCase(Locale.ROOT)),
                    date == null ? null : Interval.parse(date), optional(event, "source"), optional(event, "target"),
                    optional(event, "place")));
        }
        return new Case(id, category, LocalDate.parse(required(node, "published", id)), required(node, "text", id),
                List.copyOf(expected));
    }

    private static String required(JsonNode node, String field, String id) {
        String value = optional(node, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(id + ": missing '" + field + "'");
        }
        return value;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The outcome of one record: what matched fully, partly, not at all, and what the coder added. */
    record Outcome(Case regressionCase, int correct, List<String> partial, List<String> missed, List<String> extra) {
        boolean clean() {
            return partial.isEmpty() && missed.isEmpty() && extra.isEmpty();
        }
    }

    /**
     * Matches expected to produced events: class and status must be equal for any match; a match on every given
     * attribute is correct, else partial. Full matches are taken first so that a partial match never steals the
     * produced event another expectation matches exactly. Unmatched produced events count as extra only when
     * their status is occurred (a produced threat or plan the record does not list is not over-coding).
     *
     * @param actorName the actor name for an actor key, or null
     */
    static Outcome match(Case regressionCase, List<Event> produced, Function<String, String> actorName) {
        List<Expected> expected = regressionCase.events();
        Event[] assigned = new Event[expected.size()];
        boolean[] used = new boolean[produced.size()];
        for (int e = 0; e < expected.size(); e++) {
            for (int p = 0; p < produced.size() && assigned[e] == null; p++) {
                if (!used[p] && sameKind(expected.get(e), produced.get(p))
                        && wrongAttributes(expected.get(e), produced.get(p), actorName).isEmpty()) {
                    assigned[e] = produced.get(p);
                    used[p] = true;
                }
            }
        }
        int correct = 0;
        List<String> partial = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (int e = 0; e < expected.size(); e++) {
            if (assigned[e] != null) {
                correct++;
                continue;
            }
            Expected want = expected.get(e);
            int best = -1;
            int fewestWrong = Integer.MAX_VALUE;
            for (int p = 0; p < produced.size(); p++) {
                if (!used[p] && sameKind(want, produced.get(p))) {
                    int wrong = wrongAttributes(want, produced.get(p), actorName).size();
                    if (wrong < fewestWrong) {
                        fewestWrong = wrong;
                        best = p;
                    }
                }
            }
            if (best >= 0) {
                used[best] = true;
                Event got = produced.get(best);
                partial.add(want.describe() + " -> wrong " + String.join(", ",
                        wrongAttributes(want, got, actorName)) + "; got " + describe(got, actorName));
            } else {
                missed.add(want.describe());
            }
        }
        List<String> extra = new ArrayList<>();
        for (int p = 0; p < produced.size(); p++) {
            if (!used[p] && produced.get(p).status() == EventStatus.OCCURRED) {
                extra.add(describe(produced.get(p), actorName));
            }
        }
        return new Outcome(regressionCase, correct, partial, missed, extra);
    }

    private static boolean sameKind(Expected want, Event got) {
        return want.crisisClass() == got.crisisClass() && want.status() == got.status();
    }

    private static List<String> wrongAttributes(Expected want, Event got, Function<String, String> actorName) {
        List<String> wrong = new ArrayList<>();
        Interval gotDate = got.date() == null ? null : new Interval(got.date().start(), got.date().end());
        if (want.date() == null ? gotDate != null : !want.date().equals(gotDate)) {
            wrong.add("date");
        }
        if (want.source() != null && !mentions(got.sources(), want.source(), actorName)) {
            wrong.add("source");
        }
        if (want.target() != null && !mentions(got.targets(), want.target(), actorName)) {
            wrong.add("target");
        }
        if (want.place() != null && (got.place() == null || !contains(got.place().text(), want.place())
                && !contains(got.place().name(), want.place()))) {
            wrong.add("place");
        }
        return wrong;
    }

    private static boolean mentions(List<EventActor> actors, String word, Function<String, String> actorName) {
        for (EventActor actor : actors) {
            String name = actor.actorKey() == null ? null : actorName.apply(actor.actorKey());
            if (contains(actor.entityText(), word) || name != null && contains(name, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String text, String word) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT));
    }

    static String describe(Event event, Function<String, String> actorName) {
        return event.crisisClass() + "/" + event.status().label()
                + (event.date() == null ? "" : " " + new Interval(event.date().start(), event.date().end()))
                + " src=" + actors(event.sources(), actorName) + " tgt=" + actors(event.targets(), actorName)
                + (event.place() == null ? "" : " @" + event.place().displayName());
    }

    private static String actors(List<EventActor> actors, Function<String, String> actorName) {
        List<String> names = new ArrayList<>();
        for (EventActor actor : actors) {
            String name = actor.actorKey() == null ? null : actorName.apply(actor.actorKey());
            names.add(name == null || name.equals(actor.entityText()) ? actor.entityText()
                    : actor.entityText() + "(" + name + ")");
        }
        return names.toString();
    }

    /** Per-category tallies in {@link #CATEGORIES} order, then the total under the key "total". */
    record Tally(int records, int expected, int correct, int partial, int missed, int extra) {
        static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0);

        Tally plus(Outcome outcome) {
            return new Tally(records + 1, expected + outcome.regressionCase().events().size(),
                    correct + outcome.correct(), partial + outcome.partial().size(),
                    missed + outcome.missed().size(), extra + outcome.extra().size());
        }
    }

    static String table(Map<String, Tally> byCategory, Tally total) {
        StringBuilder out = new StringBuilder();
        String row = "%-16s %7s %8s %7s %7s %6s %5s%n";
        out.append(String.format(row, "category", "records", "expected", "correct", "partial", "missed", "extra"));
        byCategory.forEach((category, t) -> out.append(String.format(row, category, t.records(), t.expected(),
                t.correct(), t.partial(), t.missed(), t.extra())));
        out.append(String.format(row, "TOTAL", total.records(), total.expected(), total.correct(), total.partial(),
                total.missed(), total.extra()));
        return out.toString();
    }
}
