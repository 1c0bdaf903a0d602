package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.app.StorePicture;
import org.sitrep.export.EventExport;
import org.sitrep.export.EventLines;
import org.sitrep.export.SituationExport;
import org.sitrep.picture.MergedEvent;
import org.sitrep.picture.StateChange;
import org.sitrep.picture.Support;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep timeline}: the merged events (one per real event, every report's mentions) in date order, each at
 * the precision its sources give, with its support; events below the support threshold are left out and counted.
 */
@Command(name = "timeline", description = "Events merged across reports, in date order, with the precision the "
        + "reports give (\"Mar 2012\", \"21-22 Mar 2012\") and how many reports and mentions support each; "
        + "undated events last.")
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

    @Option(names = "--min-support", paramLabel = "0..1", description = "Only merged events with at least this "
            + "support (the chance one of their mentions is right); default: picture.yaml's min_support.")
    Double minSupport;

    @Option(names = "--changes", description = "The changes of state instead of the events: offices changing "
            + "hands, towns taken and left, measures taken and ended.")
    boolean changes;

    @Override
    public Integer call() {
        String code = SituationCommand.parseCountry(spec, country);
        if (changes) {
            return printChanges(code);
        }
        ActorDictionary dictionary = root.knowledge().dictionary();
        try (Store store = root.openExistingStore()) {
            Support.Selection selection = StorePicture.of(store, dictionary)
                    .selection(SituationCommand.checkedSupport(spec, minSupport));
            List<Map<String, Object>> rows = new ArrayList<>();
            EventLines.Lookups lookups = EventLines.Lookups.of(store);
            for (MergedEvent merged : selection.kept()) {
                Event event = merged.toEvent();
                if (code == null || concerns(event, code, store, dictionary)) {
                    if (format != OutputFormat.TABLE) {
                        // JSON: the PLOVER record of EXPORT.md; CSV: the flat row; each with the event's support.
                        Map<String, Object> record = new java.util.LinkedHashMap<>(format == OutputFormat.CSV
                                ? EventExport.toCsv(event, lookups.actors(), lookups.documents())
                                : EventExport.toPlover(event, lookups.actors(), lookups.documents()));
                        record.put("support", format == OutputFormat.CSV ? merged.support(selection.rules()).score()
                                : SituationExport.support(merged.support(selection.rules())));
                        rows.add(record);
                        continue;
                    }
                    Map<String, Object> row = EventsCommand.tableRow(event, store);
                    Support support = merged.support(selection.rules());
                    row.put("reports", support.reports());
                    row.put("mentions", support.mentions());
                    row.put("support", String.format(java.util.Locale.ROOT, "%.2f", support.score()));
                    rows.add(row);
                }
            }
            Rows.print(spec.commandLine().getOut(), format, rows, List.of("when", "class", "status", "source",
                    "target", "place", "reports", "mentions", "support", "evidence"));
            String note = SituationExport.leftOutNote(selection);
            if (format == OutputFormat.TABLE && !note.isEmpty()) {
                spec.commandLine().getOut().println(note);
            }
        }
        return ExitCodes.OK;
    }

    private int printChanges(String code) {
        try (Store store = root.openExistingStore()) {
            StorePicture picture = StorePicture.of(store, root.knowledge().dictionary());
            List<StateChange> found = picture.history(picture.selection(SituationCommand.checkedSupport(spec,
                    minSupport))).changes(code);
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
