package org.sitrep.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.export.ActorExport;
import org.sitrep.export.DocumentExport;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep export}: the store in the contract's formats (../shared/contract/EXPORT.md). */
@Command(name = "export", description = "Export actors or documents as JSON Lines, JSON or CSV.")
final class ExportCommand implements Callable<Integer> {
    enum What { actors, documents }

    enum Format { jsonl, json, csv }

    @ParentCommand
    SitrepCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--what", required = true, description = "What to export: ${COMPLETION-CANDIDATES}.")
    What what;

    @Option(names = "--format", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.jsonl;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (Store store = root.openExistingStore()) {
            List<Map<String, Object>> rows = switch (what) {
                case actors -> store.actors(Optional.empty()).stream().map(ActorExport::toMap).toList();
                case documents -> store.documents().stream().map(DocumentExport::toMap).toList();
            };
            OutputFormat rendering = switch (format) {
                case jsonl -> OutputFormat.JSONL;
                case json -> OutputFormat.JSON;
                case csv -> OutputFormat.CSV;
            };
            if (out == null) {
                Rows.print(spec.commandLine().getOut(), rendering, rows, List.of());
            } else {
                if (out.getParent() != null) {
                    Files.createDirectories(out.getParent());
                }
                try (PrintWriter writer = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(out),
                        StandardCharsets.UTF_8))) {
                    Rows.print(writer, rendering, rows, List.of());
                }
                spec.commandLine().getErr().println("wrote " + rows.size() + " " + what + " to " + out);
            }
        }
        return ExitCodes.OK;
    }
}
