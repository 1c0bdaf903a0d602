package org.sitrep.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.app.Situations;
import org.sitrep.app.StorePicture;
import org.sitrep.export.Json;
import org.sitrep.export.SituationExport;
import org.sitrep.picture.Evidence;
import org.sitrep.picture.FigureClaim;
import org.sitrep.picture.Situation;
import org.sitrep.picture.Spells;
import org.sitrep.picture.Support;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep situation}: the state of things on one day, from the merged events and the dictionary. */
@Command(name = "situation", description = {"The situation on a day: who holds power, who holds which towns, "
        + "which measures are in force and since when, and the key figures as ranges over their claims; each "
        + "with its evidence.", "JSON as in EXPORT.md with --format json."})
final class SituationCommand implements Callable<Integer> {
    @ParentCommand
    SitrepCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--at", required = true, paramLabel = "YYYY-MM-DD", description = "The day.")
    String at;

    @Option(names = "--country", paramLabel = "ISO3", description = "Only this country (ISO 3166 alpha-3, e.g. MLI).")
    String country;

    @Option(names = "--min-support", paramLabel = "0..1", description = "Use only merged events with at least "
            + "this support (the chance one of their mentions is right); default: picture.yaml's min_support.")
    Double minSupport;

    @Option(names = "--format", description = "table (default) or json.")
    OutputFormat format = OutputFormat.TABLE;

    @Override
    public Integer call() throws Exception {
        LocalDate day = parseDay(spec, "--at", at);
        String code = parseCountry(spec, country);
        if (format != OutputFormat.TABLE && format != OutputFormat.JSON) {
            throw new ParameterException(spec.commandLine(), "--format " + format + " is not available for "
                    + "situation; choose table or json");
        }
        try (Store store = root.openExistingStore()) {
            StorePicture picture = StorePicture.of(store, root.knowledge().dictionary());
            Support.Selection selection = picture.selection(checkedSupport(spec, minSupport));
            Situation situation = Situations.at(picture, selection, day, code)
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "--country " + country + " names "
                            + "no country: give an ISO 3166 alpha-3 code such as MLI"));
            if (format == OutputFormat.JSON) {
                spec.commandLine().getOut().println(Json.mapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(SituationExport.toMap(situation, selection)));
                spec.commandLine().getOut().flush();
            } else {
                printTable(situation);
                String note = SituationExport.leftOutNote(selection);
                if (!note.isEmpty()) {
                    spec.commandLine().getOut().println(note);
                }
            }
        }
        return ExitCodes.OK;
    }

    private void printTable(Situation situation) {
        var out = spec.commandLine().getOut();
        out.println("Situation on " + situation.at() + (situation.country() == null ? "" : " in "
                + situation.country()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Spells.Power spell : situation.power()) {
            rows.add(row("power", spell.office() + (spell.country() == null ? "" : " of " + spell.country()),
                    spell.holder(), spell.since(), spell.evidence()));
        }
        for (Spells.Control spell : situation.control()) {
            rows.add(row("control", spell.place(), spell.heldBy().isEmpty() ? "(doers not named)"
                    : String.join(", ", spell.heldBy()), spell.since(), spell.evidence()));
        }
        for (Spells.Measure spell : situation.measures()) {
            rows.add(row("measure", spell.kind() + (spell.against() == null ? "" : " against " + spell.against()),
                    spell.by(), spell.since() == null ? "reported " + spell.knownBy() : spell.since(),
                    spell.evidence()));
        }
        for (Situation.KeyFigure figure : situation.figures()) {
            List<String> claims = figure.claims().stream().map(SituationCommand::claim).toList();
            rows.add(row("figure", figure.kind().label(), figure.min() == figure.max()
                    ? String.format(Locale.ROOT, "%,d", figure.min())
                    : String.format(Locale.ROOT, "%,d to %,d", figure.min(), figure.max()),
                    String.join("; ", claims), List.of()));
        }
        Rows.print(out, OutputFormat.TABLE, rows, List.of("aspect", "what", "who / value", "since", "evidence"));
    }

    private static String claim(FigureClaim claim) {
        return (claim.approx() ? "~" : "") + String.format(Locale.ROOT, "%,d", claim.value()) + " (" + claim.docId()
                + ")";
    }

    private static Map<String, Object> row(String aspect, String what, String who, Object since,
                                           List<Evidence> evidence) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("aspect", aspect);
        row.put("what", what);
        row.put("who / value", who);
        row.put("since", since == null ? "" : since.toString());
        row.put("evidence", evidence.isEmpty() ? "" : evidence.get(0).text() + (evidence.size() > 1
                ? " (+" + (evidence.size() - 1) + " more)" : ""));
        return row;
    }

    /** A support threshold in [0, 1], or null when none was given. */
    static Double checkedSupport(CommandSpec spec, Double value) {
        if (value != null && (value.isNaN() || value < 0 || value > 1)) {
            throw new ParameterException(spec.commandLine(), "--min-support takes a number from 0 to 1, not "
                    + value);
        }
        return value;
    }

    /** A day given as YYYY-MM-DD; anything else is invalid input naming the value. */
    static LocalDate parseDay(CommandSpec spec, String option, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), option + " takes a date as YYYY-MM-DD, not '" + text
                    + "'");
        }
    }

    /** An ISO 3166 alpha-3 code in capitals, or null when none was given. */
    static String parseCountry(CommandSpec spec, String text) {
        if (text == null) {
            return null;
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            throw new ParameterException(spec.commandLine(), "--country takes an ISO 3166 alpha-3 code such as MLI, "
                    + "not '" + text + "'");
        }
        return code;
    }
}
