package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.app.StorePicture;
import org.sitrep.export.SituationExport;
import org.sitrep.picture.StateChange;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep timeline}: dated events in order, each at the precision its sources give. */
@Command(name = "timeline", description = "Events in date order, with the precision the reports give "
        + "(\"Mar 2012\", \"21-22 Mar 2012\"); undated events last.")
final class TimelineCommand implements Callable<Integer> {
    @ParentCommand
    SitrepCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--country", paramLabel = "ISO3",
            description = "Only events with an actor of this country, or placed in it by name.")
    String country;

    @Option(names = "--format", description = "table (default), json, jsonl or csv.")
    OutputFormat format = OutputFormat.TABLE;

    @Option(names = "--changes", description = "The changes of state instead of the events: offices changing "
            + "hands, towns taken and left, measures taken and ended.")
    boolean changes;

    @Override
    public Integer call() {
        String code = SituationCommand.parseCountry(spec, country);
        if (changes) {
            return printChanges(code);
        }
        ActorDictionary dictionary = code == null ? null : root.knowledge().dictionary();
        try (Store store = root.openExistingStore()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Event event : store.events(EventQuery.all())) {
                if (code == null || concerns(event, code, store, dictionary)) {
                    rows.add(EventsCommand.tableRow(event, store));
                }
            }
            Rows.print(spec.commandLine().getOut(), format, rows,
                    List.of("when", "class", "status", "source", "target", "place", "evidence"));
        }
        return ExitCodes.OK;
    }

    private int printChanges(String code) {
        try (Store store = root.openExistingStore()) {
            List<StateChange> found = StorePicture.of(store, root.knowledge().dictionary()).history().changes(code);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (StateChange change : found) {
                if (format != OutputFormat.TABLE) {
                    rows.add(SituationExport.toMap(change));
                    continue;
                }
                Map<String, Object> row = new java.util.LinkedHashMap<>();
                row.put("date", change.date().toString());
                row.put("aspect", change.aspect());
                row.put("change", change.change());
                row.put("evidence", change.evidence().isEmpty() ? "" : change.evidence().get(0).text());
                rows.add(row);
            }
            Rows.print(spec.commandLine().getOut(), format, rows, List.of("date", "aspect", "change", "evidence"));
        }
        return ExitCodes.OK;
    }

    private static boolean concerns(Event event, String code, Store store, ActorDictionary dictionary) {
        if (event.place() != null && (code.equals(event.place().countryIso3())
                || dictionary.countryCode(event.place().text()).map(code::equals).orElse(false))) {
            return true;
        }
        List<EventActor> actors = new ArrayList<>(event.sources());
        actors.addAll(event.targets());
        return actors.stream().filter(a -> a.actorKey() != null)
                .anyMatch(a -> store.actor(a.actorKey()).map(actor -> code.equals(actor.country())).orElse(false));
    }
}
