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
import org.sitrep.export.ActorNetwork;
import org.sitrep.export.NetworkFormats;
import org.sitrep.export.CsvWriter;
import org.sitrep.export.DocumentExport;
import org.sitrep.export.EventExport;
import org.sitrep.export.EventLines;
import org.sitrep.app.StorePicture;
import org.sitrep.export.GeoJsonExport;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep export}: the store in the contract's formats (docs/EXPORT.md). */
@Command(name = "export", description = {"Export actors, documents or events in the contract's formats.",
        "actors, documents: jsonl (default), json, csv. events: plover-jsonl (default), acled-csv, csv, geojson.",
        "geojson maps events located at a town; --include-areas adds those located only at a country or region.",
        "network (who acts on whom): graphml (default), gexf, json."})
final class ExportCommand implements Callable<Integer> {
    enum What { actors, documents, events, network }

    @ParentCommand
    SitrepCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--what", required = true, description = "What to export: ${COMPLETION-CANDIDATES}.")
    What what;

    @Option(names = "--format", description = "See above (default: jsonl, or plover-jsonl for events).")
    String format;

    @Option(names = "--include-areas", description = "geojson: also events known only to a country or region, "
            + "at its centre and flagged \"area\": true.")
    boolean includeAreas;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        String chosen = format != null ? format : what == What.events ? "plover-jsonl"
                : what == What.network ? NetworkFormats.FORMATS.get(0) : "jsonl";
        List<String> allowed = what == What.events ? List.of("plover-jsonl", "jsonl", "acled-csv", "csv", "geojson")
                : what == What.network ? NetworkFormats.FORMATS : List.of("jsonl", "json", "csv");
        if (!allowed.contains(chosen)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format " + chosen
                    + " is not available for " + what + "; choose one of " + String.join(", ", allowed));
        }
        try (Store store = root.openExistingStore()) {
            PrintWriter writer = out == null ? spec.commandLine().getOut() : open(out);
            try {
                int count = what == What.events ? writeEvents(store, chosen, writer)
                        : what == What.network ? writeNetwork(store, chosen, writer)
                        : writeRecords(store, chosen, writer);
                if (out != null) {
                    spec.commandLine().getErr().println("wrote " + count + " " + (what == What.network
                            ? "links of the actor network" : what) + " to " + out);
                }
            } finally {
                writer.flush();
                if (out != null) {
                    writer.close();
                }
            }
        }
        return ExitCodes.OK;
    }

    private int writeRecords(Store store, String chosen, PrintWriter writer) {
        List<Map<String, Object>> rows = switch (what) {
            case actors -> store.actors(Optional.empty()).stream().map(ActorExport::toMap).toList();
            default -> store.documents().stream().map(DocumentExport::toMap).toList();
        };
        OutputFormat rendering = switch (chosen) {
            case "json" -> OutputFormat.JSON;
            case "csv" -> OutputFormat.CSV;
            default -> OutputFormat.JSONL;
        };
        Rows.print(writer, rendering, rows, List.of());
        return rows.size();
    }

    /** The actor network of the merged events; the count is of its edges. */
    private int writeNetwork(Store store, String chosen, PrintWriter writer) {
        ActorNetwork network = ActorNetwork.of(store, picture(store).mergedEvents().stream()
                .map(org.sitrep.picture.MergedEvent::toEvent).toList());
        writer.print(NetworkFormats.render(network, chosen));
        return network.edges().size();
    }

    private int writeEvents(Store store, String chosen, PrintWriter writer) {
        if (chosen.equals("plover-jsonl") || chosen.equals("jsonl")) {
            List<String> lines = EventLines.plover(store, picture(store).mergedEvents());
            lines.forEach(writer::println);
            return lines.size();
        }
        if (chosen.equals("geojson")) {
            List<org.sitrep.model.event.Event> events = picture(store).mergedEvents().stream()
                    .map(org.sitrep.picture.MergedEvent::toEvent).toList();
            writer.println(GeoJsonExport.render(events, includeAreas, store::actor));
            return (int) events.stream().filter(e -> GeoJsonExport.mapped(e, includeAreas)).count();
        }
        List<String> columns = chosen.equals("acled-csv") ? EventExport.ACLED_COLUMNS : EventExport.CSV_COLUMNS;
        List<Map<String, Object>> rows = EventLines.rows(store, picture(store).mergedEvents(), chosen);
        CsvWriter csv = new CsvWriter(writer, columns);
        csv.writeHeader();
        rows.forEach(csv::writeRow);
        csv.flush();
        return rows.size();
    }

    private StorePicture picture(Store store) {
        return StorePicture.of(store, root.knowledge().dictionary());
    }

    private static PrintWriter open(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        return new PrintWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
    }
}
