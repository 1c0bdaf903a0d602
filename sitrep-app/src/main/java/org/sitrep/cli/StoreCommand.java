package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.model.SitrepException;
import org.sitrep.store.Store;
import org.sitrep.store.StoreCopy;
import org.sitrep.store.jdbi.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep store}: whole-store operations. */
@Command(name = "store", description = "Whole-store operations.", subcommands = StoreCommand.Copy.class)
final class StoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.INVALID_INPUT;
    }

    /** {@code sitrep store copy}: a whole store into a new one, SQLite or PostgreSQL either way. */
    @Command(name = "copy", description = {"Copy a whole store (documents and all they hold, actors, merge reasons, "
            + "event clusters) into a new, empty one: an SQLite file or a PostgreSQL database, either way.",
        "Example: sitrep store copy --from sitrep-data/sitrep.db --to postgresql://analyst@db.example/sitrep"})
    static final class Copy implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "STORE",
                description = "The store to copy: an SQLite file or postgresql://USER[:PASSWORD]@HOST[:PORT]/DB.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "STORE",
                description = "The new store: an SQLite file (created) or a PostgreSQL database holding no documents.")
        String to;

        @Override
        public Integer call() {
            if (!Stores.exists(from)) {
                throw new SitrepException("there is no store at " + Stores.describe(from) + " to copy");
            }
            if (from.equals(to)) {
                throw new SitrepException("--from and --to name the same store " + Stores.describe(from));
            }
            StoreCopy.Result result;
            try (Store source = Stores.open(from); Store destination = Stores.open(to)) {
                result = StoreCopy.copy(source, destination);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Copied %d documents, %d actors, %d events and %d event clusters from %s to %s.%n",
                    result.documents(), result.actors(), result.events(), result.clusters(), Stores.describe(from),
                    Stores.describe(to));
            out.flush();
            return ExitCodes.OK;
        }
    }
}
