package org.sitrep.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.export.ActorExport;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.store.ActorSummary;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep actors}: the actors the stored reports name, most named first. */
@Command(name = "actors", description = "List actors, most mentioned first.")
final class ActorsCommand implements Callable<Integer> {
    @ParentCommand
    SitrepCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: ${COMPLETION-CANDIDATES}.")
    ActorKind kind;

    @Option(names = "--limit", description = "At most this many (default: all).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--format", description = "table (default), json, jsonl or csv.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must not be negative, not " + limit);
        }
        try (Store store = root.openExistingStore()) {
            List<ActorSummary> actors = store.actors(Optional.ofNullable(kind));
            List<Map<String, Object>> rows = actors.stream().limit(limit).map(summary -> {
                Map<String, Object> row = ActorExport.toMap(summary);
                if (format == OutputFormat.TABLE) {
                    Map<String, Object> table = new LinkedHashMap<>(row);
                    table.put("docs", summary.documents());
                    table.put("aliases", ((List<?>) row.get("aliases")).stream().skip(1).limit(4).toList());
                    return table;
                }
                return row;
            }).toList();
            Rows.print(spec.commandLine().getOut(), format, rows,
                    List.of("name", "kind", "country", "mentions", "docs", "aliases"));
        }
        return ExitCodes.OK;
    }
}
