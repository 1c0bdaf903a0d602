package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.model.SitrepException;
import org.sitrep.store.Store;
import org.sitrep.store.jdbi.Stores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code sitrep} command: global options, and one subcommand per verb. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, versionProvider = SitrepCli.Version.class,
        description = "Turns crisis reports into a sourced situation picture: documents, actors, dates, figures.",
        subcommands = {IngestCommand.class, DocsCommand.class, ActorsCommand.class, ActorCommand.class,
            EventsCommand.class, TimelineCommand.class, SituationCommand.class, ContradictionsCommand.class,
            PlacesCommand.class, PlaceCommand.class, SearchCommand.class, ExportCommand.class, EvalCommand.class,
            BenchCommand.class, BenchApiCommand.class, ServeCommand.class, RulesCommand.class, StoreCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 failed, 2 invalid input, 3 finished but some documents failed, "
            + "4 internal error."})
public final class SitrepCli {
    static final String DEFAULT_STORE = "sitrep-data/sitrep.db";

    @Option(names = "--store", scope = ScopeType.INHERIT, paramLabel = "STORE",
            description = "The store: an SQLite file, or a PostgreSQL database "
                    + "(postgresql://USER[:PASSWORD]@HOST[:PORT]/DB; the password may come from PGPASSWORD or "
                    + "~/.pgpass). Default: $SITREP_STORE, else ./" + DEFAULT_STORE + ".")
    String store;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error (for bug reports).")
    boolean stacktrace;

    @Option(names = "--wide", scope = ScopeType.INHERIT,
            description = "Print tables in full, however wide (default: fit 120 columns, long cells cut with …).")
    boolean wide;

    @Option(names = "--rules", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Rule files of the event coder (events.yaml, status.yaml, codebook.yaml, words.yaml, "
                    + "dates.yaml) to use over the bundled ones; each file replaces its namesake. "
                    + "Default: $SITREP_RULES.")
    Path rules;

    @Option(names = "--actors", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "An extra actor dictionary (YAML), repeatable; give the same ones to ingest, queries and "
                    + "serve. Default: $SITREP_ACTORS (paths separated by the system's path separator, ':' on Linux).")
    java.util.List<Path> actors = new java.util.ArrayList<>();

    private org.sitrep.app.Knowledge knowledge;

    /** The configuration the global options and the environment give, before a command's own options. */
    org.sitrep.app.SitrepConfig config() {
        java.util.List<Path> dictionaries = actors;
        if (dictionaries.isEmpty()) {
            dictionaries = Optional.ofNullable(System.getenv("SITREP_ACTORS")).filter(s -> !s.isBlank())
                    .map(s -> java.util.Arrays.stream(s.split(java.io.File.pathSeparator)).map(Path::of).toList())
                    .orElse(java.util.List.of());
        }
        Path ruleDirectory = rules != null ? rules : Optional.ofNullable(System.getenv("SITREP_RULES"))
                .filter(s -> !s.isBlank()).map(Path::of).orElse(null);
        return org.sitrep.app.SitrepConfig.defaults().withActorDictionaries(dictionaries).withRules(ruleDirectory);
    }

    /** The dictionary and the rules of {@link #config()}, built once per run. */
    synchronized org.sitrep.app.Knowledge knowledge() {
        if (knowledge == null) {
            knowledge = org.sitrep.app.Knowledge.from(config());
        }
        return knowledge;
    }

    /** The store as given: a file path or a PostgreSQL address. */
    String storeLocation() {
        if (store != null && !store.isBlank()) {
            return store;
        }
        return Optional.ofNullable(System.getenv("SITREP_STORE")).filter(s -> !s.isBlank()).orElse(DEFAULT_STORE);
    }

    /** The store as messages name it: the path, or the address without its password. */
    String storePath() {
        return Stores.describe(storeLocation());
    }

    /** Whether the store exists (a server's database is taken to, and opening it says otherwise). */
    boolean storeExists() {
        return Stores.exists(storeLocation());
    }

    /** The store, created when missing: for commands that write. */
    Store openStore() {
        return Stores.open(storeLocation());
    }

    /** The store, which must exist: a query on a mistyped path should say so, not answer from an empty store. */
    Store openExistingStore() {
        if (!storeExists()) {
            throw new SitrepException("there is no store at " + storePath() + ": ingest reports first (./sitrep "
                    + "ingest PATH...), or point --store or SITREP_STORE at an existing store");
        }
        return openStore();
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for {@code main} and for tests. */
    public static CommandLine commandLine() {
        SitrepCli root = new SitrepCli();
        CommandLine commandLine = new CommandLine(root);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            boolean trace = root.stacktrace;
            if (e instanceof SitrepException) {
                err.println("error: " + e.getMessage());
                if (trace) {
                    e.printStackTrace(err);
                }
                err.flush();
                return ExitCodes.FAILED;
            }
            err.println("internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + (trace ? "" : " (run again with --stacktrace for details)"));
            if (trace) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.INTERNAL_ERROR;
        });
        commandLine.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException
                ? ExitCodes.INVALID_INPUT : ExitCodes.INTERNAL_ERROR);
        commandLine.getCommandSpec().parser().abbreviatedOptionsAllowed(false);
        // "sitrep events --help" is that command's help (exit 0), whatever else the command requires.
        commandLine.getSubcommands().values().forEach(SitrepCli::addHelp);
        commandLine.registerConverter(java.time.LocalDate.class, DateOption::parse);
        CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
        commandLine.setExecutionStrategy(parseResult -> Rows.withWidth(root.wide ? Integer.MAX_VALUE
                : Rows.DEFAULT_WIDTH, () -> run.execute(parseResult)));
        return commandLine;
    }

    /** {@code --help} on a command and on its own subcommands, where they lack it. */
    private static void addHelp(CommandLine command) {
        if (command.getCommandSpec().optionsMap().get("--help") == null) {
            command.getCommandSpec().mixinStandardHelpOptions(true);
        }
        command.getSubcommands().values().forEach(SitrepCli::addHelp);
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SitrepCli.class.getPackage().getImplementationVersion();
            return new String[] {"sitrep " + (version == null ? "development" : version)};
        }
    }
}
