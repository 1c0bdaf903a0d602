package org.sitrep.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sitrep.export.DateLabels;
import org.sitrep.export.EventExport;
import org.sitrep.export.EventLines;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventStatus;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep events}: events with filters, in date order. */
@Command(name = "events", description = "List events: who did what to whom, where and when, with filters.")
final class EventsCommand implements Callable<Integer> {
    @ParentCommand
    SitrepCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--class", paramLabel = "CLASS", description = "Only this crisis class (COUP, SEIZE_TERRITORY...).")
    CrisisClass crisisClass;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only events with this actor as source or target.")
    String actor;

    @Option(names = "--place", paramLabel = "NAME", description = "Only events whose place contains this.")
    String place;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only events that may have happened from then.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only events that may have happened until then.")
    LocalDate to;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only this status: occurred, threatened, demanded, planned, hypothetical, negated, ongoing.")
    String status;

    @Option(names = "--limit", description = "At most this many (default: all).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--format", description = "table (default), json, jsonl (PLOVER records) or csv.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
        }
        EventStatus wanted = status == null ? null : parseStatus(status);
        try (Store store = root.openExistingStore()) {
            List<Event> events = select(store, crisisClass, actor, place, from, to, wanted, limit, spec);
            EventLines.Lookups lookups = EventLines.Lookups.of(store);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Event event : events) {
                rows.add(format == OutputFormat.TABLE ? tableRow(event, store)
                        : format == OutputFormat.CSV ? EventExport.toCsv(event, lookups.actors(), lookups.documents())
                        : EventExport.toPlover(event, lookups.actors(), lookups.documents()));
            }
            Rows.print(spec.commandLine().getOut(), format, rows,
                    List.of("when", "class", "status", "source", "target", "place", "evidence"));
        }
        return ExitCodes.OK;
    }

    private EventStatus parseStatus(String text) {
        try {
            return EventStatus.valueOf(text.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--status '" + text + "' is not one of occurred, "
                    + "threatened, demanded, planned, hypothetical, negated, ongoing");
        }
    }

    /** Events matching the filters; an actor name may name several actors, whose events are combined. */
    static List<Event> select(Store store, CrisisClass crisisClass, String actor, String place, LocalDate from,
                              LocalDate to, EventStatus status, int limit, CommandSpec spec) {
        EventQuery base = EventQuery.all().withLimit(limit);
        if (crisisClass != null) {
            base = base.withCrisisClass(crisisClass);
        }
        if (place != null) {
            base = base.withPlace(place);
        }
        if (from != null || to != null) {
            base = base.withPeriod(from, to);
        }
        if (status != null) {
            base = base.withStatus(status);
        }
        if (actor == null) {
            return store.events(base);
        }
        List<Actor> actors = store.findActors(actor);
        if (actors.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no actor is named '" + actor + "' (try: sitrep actors)");
        }
        Map<String, Event> byId = new LinkedHashMap<>();
        for (Actor found : actors) {
            store.events(base.withActorId(found.id())).forEach(event -> byId.putIfAbsent(event.id(), event));
        }
        return byId.values().stream().sorted(java.util.Comparator.comparing(
                (Event e) -> e.date() == null ? LocalDate.MAX : e.date().start())).limit(limit).toList();
    }

    static Map<String, Object> tableRow(Event event, Store store) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("when", DateLabels.label(event.date()));
        row.put("class", event.crisisClass().name());
        row.put("status", event.status().label());
        row.put("source", names(event.sources(), store));
        row.put("target", names(event.targets(), store));
        row.put("place", event.place() == null ? null : event.place().displayName());
        row.put("evidence", event.mentions().isEmpty() ? "" : event.mentions().get(0).text());
        return row;
    }

    private static String names(List<EventActor> actors, Store store) {
        return actors.stream().map(a -> a.actorKey() == null ? a.entityText()
                        : store.actor(a.actorKey()).map(Actor::name).orElse(a.entityText()))
                .collect(Collectors.joining("; "));
    }

}
