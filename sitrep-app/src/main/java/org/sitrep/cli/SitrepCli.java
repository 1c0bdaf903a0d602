package org.sitrep.cli;

import java.io.PrintWriter;
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
            BenchCommand.class, BenchApiCommand.class, ServeCommand.class, StoreCommand.class,
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
        return commandLine;
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
