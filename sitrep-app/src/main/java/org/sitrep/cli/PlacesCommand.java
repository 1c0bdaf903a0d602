package org.sitrep.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.model.place.Location;
import org.sitrep.store.PlaceSummary;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep places}: the places the stored reports name, most named first, as the gazetteer resolved them. */
@Command(name = "places", description = {"List places, most mentioned first: resolution, coordinates, and how many "
        + "mentions, documents and events.", "Directions and areas (\"northern Mali\") and demonyms are not listed."})
final class PlacesCommand implements Callable<Integer> {
    @ParentCommand
    SitrepCli root;

    @Spec
    CommandSpec spec;

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
            List<Map<String, Object>> rows = store.places().stream().limit(limit).map(PlacesCommand::row).toList();
            Rows.print(spec.commandLine().getOut(), format, rows,
                    List.of("place", "resolution", "country", "admin1", "lat", "lon", "mentions", "docs", "events"));
        }
        return ExitCodes.OK;
    }

    static Map<String, Object> row(PlaceSummary summary) {
        Location place = summary.place();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("place", place.displayName());
        row.put("as_written", place.text());
        row.put("resolution", place.resolutionLabel());
        row.put("geonameid", place.geonameId());
        row.put("country", place.countryIso3());
        row.put("admin1", place.admin1());
        row.put("feature_code", place.featureCode());
        row.put("lat", place.lat());
        row.put("lon", place.lon());
        row.put("mentions", summary.mentions());
        row.put("docs", summary.documents());
        row.put("events", summary.events());
        return row;
    }
}
