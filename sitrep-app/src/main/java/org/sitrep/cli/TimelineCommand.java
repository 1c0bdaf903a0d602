package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

    @Override
    public Integer call() {
        String code = country == null ? null : country.toUpperCase(Locale.ROOT);
        if (code != null && !code.matches("[A-Z]{3}")) {
            throw new ParameterException(spec.commandLine(), "--country takes an ISO 3166 alpha-3 code such as MLI, "
                    + "not '" + country + "'");
        }
        ActorDictionary dictionary = code == null ? null : ActorDictionary.bundled();
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
