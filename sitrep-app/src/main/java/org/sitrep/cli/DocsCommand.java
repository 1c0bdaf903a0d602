package org.sitrep.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.export.DocumentExport;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep docs}: the stored documents. */
@Command(name = "docs", description = "List the stored documents.")
final class DocsCommand implements Callable<Integer> {
    @ParentCommand
    SitrepCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", description = "table (default), json, jsonl or csv.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        try (Store store = root.openExistingStore()) {
            List<Map<String, Object>> rows = store.documents().stream().map(DocumentExport::toMap).toList();
            Rows.print(spec.commandLine().getOut(), format, rows,
                    List.of("id", "published", "publisher", "title", "sentences"));
        }
        return ExitCodes.OK;
    }
}
