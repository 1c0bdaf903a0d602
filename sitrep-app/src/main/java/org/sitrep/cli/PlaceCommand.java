package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.model.place.Location;
import org.sitrep.places.GazetteerPlaceResolver;
import org.sitrep.places.Place;
import org.sitrep.places.PlaceContext;
import org.sitrep.places.Resolution;
import org.sitrep.store.PlaceMentionView;
import org.sitrep.store.PlaceSummary;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep place NAME}: the gazetteer's candidates for a name, the one the resolver picks and why, and how
 * the stored reports resolved it. Works without a store (then only the gazetteer speaks).
 */
@Command(name = "place", description = {"Explain a place name: the gazetteer's candidates, the one chosen and why, "
        + "and how the stored reports resolved it.",
        "The focus country is --country, else the country whose places the stored reports name most."})
final class PlaceCommand implements Callable<Integer> {
    @ParentCommand
    SitrepCli root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "1..*", description = "The name as a report writes it (\"Tombouctou\", "
            + "\"northern Mali\").")
    List<String> words;

    @Option(names = "--country", paramLabel = "ISO", description = "Resolve as in a report about this country "
            + "(ISO 3166 alpha-2 or alpha-3).")
    String country;

    @Option(names = "--region", description = "Resolve as if the text said \"region\" next to the name.")
    boolean region;

    @Option(names = "--format", description = "table (default), json, jsonl or csv: the candidates.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() {
        String name = String.join(" ", words).strip();
        if (name.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "NAME must not be blank");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<PlaceMentionView> stored = List.of();
        String focus = country == null ? "" : country.strip();
        if (root.storeExists()) {
            try (Store store = root.openExistingStore()) {
                stored = store.placeMentions(name, 20);
                if (focus.isEmpty()) {
                    focus = mostNamedCountry(store.places());
                }
            }
        }
        PlaceContext context = PlaceContext.focus(focus).withCue(region ? PlaceContext.Cue.REGION
                : PlaceContext.Cue.NONE);
        Resolution resolution = GazetteerPlaceResolver.bundled().resolve(name, context);

        List<Map<String, Object>> rows = resolution.candidates().stream()
                .map(candidate -> row(candidate, resolution)).toList();
        if (format != OutputFormat.TABLE) {
            Rows.print(out, format, rows, List.of());
            return ExitCodes.OK;
        }
        out.println("focus country: " + (focus.isEmpty() ? "none" : focus));
        out.println(resolution.explain());
        if (!rows.isEmpty()) {
            out.println();
            out.println("candidates, best first:");
            Rows.print(out, OutputFormat.TABLE, rows,
                    List.of("chosen", "name", "kind", "country", "admin1", "population", "geonameid", "lat", "lon"));
        }
        if (!stored.isEmpty()) {
            out.println();
            out.println("in the stored reports:");
            for (PlaceMentionView view : stored) {
                Location place = view.mention().location();
                out.println("  " + view.docId() + " #" + view.mention().sentence() + "  " + place.text() + " → "
                        + place.displayName() + " (" + place.resolutionLabel() + "): " + view.mention().reason());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The country whose places the stored reports name most, "" when they name none. */
    private static String mostNamedCountry(List<PlaceSummary> places) {
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (PlaceSummary summary : places) {
            if (summary.place().countryIso3() != null) {
                mentions.merge(summary.place().countryIso3(), summary.mentions(), Integer::sum);
            }
        }
        return mentions.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    private static Map<String, Object> row(Place candidate, Resolution resolution) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("chosen", resolution.place().map(p -> p.id() == candidate.id()).orElse(false) ? "*" : "");
        row.put("name", candidate.name());
        row.put("kind", candidate.kind().name().toLowerCase(java.util.Locale.ROOT));
        row.put("country", candidate.countryIso3());
        row.put("admin1", candidate.admin1Name());
        row.put("population", candidate.population());
        row.put("geonameid", candidate.id());
        row.put("lat", candidate.hasPoint() ? candidate.lat() : null);
        row.put("lon", candidate.hasPoint() ? candidate.lon() : null);
        return row;
    }
}
