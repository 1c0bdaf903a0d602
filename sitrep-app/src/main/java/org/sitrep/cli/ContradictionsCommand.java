package org.sitrep.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.app.StorePicture;
import org.sitrep.export.SituationExport;
import org.sitrep.picture.Contradiction;
import org.sitrep.picture.Evidence;
import org.sitrep.picture.Support;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep contradictions}: where the reports disagree, each side with its sources. */
@Command(name = "contradictions", description = "Where the reports disagree: figures, dates, the names of an "
        + "actor, who did what; each side with the reports that give it.")
final class ContradictionsCommand implements Callable<Integer> {
    @ParentCommand
    SitrepCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--min-support", paramLabel = "0..1", description = "Only contradictions about merged events "
            + "with at least this support; default: picture.yaml's min_support.")
    Double minSupport;

    @Option(names = "--format", description = "table (default), json or jsonl.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        if (format == OutputFormat.CSV) {
            throw new ParameterException(spec.commandLine(), "--format csv is not available for contradictions; "
                    + "choose table, json or jsonl");
        }
        try (Store store = root.openExistingStore()) {
            StorePicture picture = StorePicture.of(store, root.knowledge().dictionary());
            Support.Selection selection = picture.selection(SituationCommand.checkedSupport(spec, minSupport));
            List<Contradiction> found = picture.contradictions(selection);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Contradiction contradiction : found) {
                if (format != OutputFormat.TABLE) {
                    rows.add(SituationExport.toMap(contradiction));
                    continue;
                }
                for (Contradiction.Side side : contradiction.sides()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("kind", contradiction.kind());
                    row.put("subject", contradiction.subject());
                    row.put("says", side.value());
                    row.put("documents", side.evidence().stream().map(Evidence::docId).distinct().toList());
                    row.put("evidence", side.evidence().isEmpty() ? "" : side.evidence().get(0).text());
                    rows.add(row);
                }
            }
            Rows.print(spec.commandLine().getOut(), format, rows,
                    List.of("kind", "subject", "says", "documents", "evidence"));
            String note = SituationExport.leftOutNote(selection);
            if (format == OutputFormat.TABLE && !note.isEmpty()) {
                spec.commandLine().getOut().println(note);
            }
        }
        return ExitCodes.OK;
    }
}
