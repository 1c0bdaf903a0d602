package org.sitrep.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.app.StorePicture;
import org.sitrep.export.ActorExport;
import org.sitrep.export.ActorNetwork;
import org.sitrep.export.NetworkFormats;
import org.sitrep.export.CsvWriter;
import org.sitrep.export.DocumentExport;
import org.sitrep.export.EventExport;
import org.sitrep.export.EventLines;
import org.sitrep.export.GeoJsonExport;
import org.sitrep.export.Json;
import org.sitrep.picture.MergedEvent;
import org.sitrep.store.Store;

/**
 * {@code GET /api/export?what=&format=}: the store in the contract's formats, as {@code sitrep export} writes
 * them, sent as a file download. Thread-safe.
 */
final class ExportController {
    /** The formats of each kind of record, the default first; the same as {@code sitrep export}. */
    static final Map<String, List<String>> FORMATS = Map.of(
            "events", List.of("plover-jsonl", "acled-csv", "csv", "geojson"),
            "actors", List.of("jsonl", "json", "csv"),
            "documents", List.of("jsonl", "json", "csv"),
            "network", NetworkFormats.FORMATS);

    private final Store store;
    private final ActorDictionary dictionary;

    ExportController(Store store, ActorDictionary dictionary) {
        this.store = store;
        this.dictionary = dictionary;
    }

    void export(Context ctx) throws JsonProcessingException {
        String what = Params.required(ctx, "what");
        List<String> formats = FORMATS.get(what);
        if (formats == null) {
            throw Params.bad("what", what, "is not one of events, actors, documents, network");
        }
        String format = Params.text(ctx, "format").orElse(formats.get(0));
        if (!formats.contains(format)) {
            throw Params.bad("format", format, "is not available for " + what + "; choose one of "
                    + String.join(", ", formats));
        }
        String body = what.equals("events") ? events(format) : what.equals("network") ? network(format)
                : records(what, format);
        String extension = format.endsWith("csv") ? "csv" : format.equals("json") ? "json"
                : format.equals("geojson") ? "geojson" : format.equals("graphml") || format.equals("gexf") ? format
                : "jsonl";
        String type = extension.equals("csv") ? "text/csv" : extension.equals("json") ? "application/json"
                : extension.equals("geojson") ? "application/geo+json"
                : extension.equals("graphml") || extension.equals("gexf") ? "application/xml"
                : "application/x-ndjson";
        ctx.header("Content-Disposition", "attachment; filename=\"sitrep-" + what + "-" + format + "." + extension
                + "\"");
        ctx.contentType(type + "; charset=utf-8");
        ctx.result(body);
    }

    private String network(String format) {
        return NetworkFormats.render(ActorNetwork.of(store, StorePicture.of(store, dictionary).mergedEvents()
                .stream().map(MergedEvent::toEvent).toList()), format);
    }

    private String events(String format) {
        StringBuilder out = new StringBuilder();
        List<MergedEvent> merged = StorePicture.of(store, dictionary).mergedEvents();
        if (format.equals("plover-jsonl")) {
            EventLines.plover(store, merged).forEach(line -> out.append(line).append('\n'));
            return out.toString();
        }
        if (format.equals("geojson")) {
            // The map's export: town-level events only, as `export --format geojson` without --include-areas.
            return GeoJsonExport.render(merged.stream().map(MergedEvent::toEvent).toList(), false, store::actor)
                    + "\n";
        }
        List<String> columns = format.equals("acled-csv") ? EventExport.ACLED_COLUMNS : EventExport.CSV_COLUMNS;
        return csv(columns, EventLines.rows(store, merged, format));
    }

    private String records(String what, String format) throws JsonProcessingException {
        List<Map<String, Object>> rows = what.equals("actors")
                ? store.actors(Optional.empty()).stream().map(ActorExport::toMap).toList()
                : store.documents().stream().map(DocumentExport::toMap).toList();
        if (format.equals("json")) {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(rows) + "\n";
        }
        if (format.equals("csv")) {
            Set<String> columns = new LinkedHashSet<>();
            rows.forEach(row -> columns.addAll(row.keySet()));
            return csv(new ArrayList<>(columns), rows.stream().map(ExportController::flat).toList());
        }
        StringBuilder out = new StringBuilder();
        for (Map<String, Object> row : rows) {
            out.append(Json.mapper().writeValueAsString(row)).append('\n');
        }
        return out.toString();
    }

    private static String csv(List<String> columns, List<Map<String, Object>> rows) {
        StringWriter out = new StringWriter();
        CsvWriter writer = new CsvWriter(out, columns);
        writer.writeHeader();
        rows.forEach(writer::writeRow);
        writer.flush();
        return out.toString();
    }

    /** Nested values (an actor's roles) as compact JSON, so a CSV cell holds all of them readably. */
    private static Map<String, Object> flat(Map<String, Object> row) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        row.forEach((key, value) -> {
            boolean nested = value instanceof List<?> list && list.stream().anyMatch(item -> item instanceof Map);
            try {
                out.put(key, nested || value instanceof Map ? Json.mapper().writeValueAsString(value) : value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot render " + key + " as JSON", e);
            }
        });
        return out;
    }
}
