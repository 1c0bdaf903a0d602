package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.events.EventLexicon;
import org.sitrep.events.rules.RuleFileException;
import org.sitrep.events.rules.RuleFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep rules}: the event coder's rule files. */
@Command(name = "rules", description = "The event coder's rule files (see --rules).",
        subcommands = RulesCommand.Check.class)
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID_INPUT;
    }

    /** {@code sitrep rules check DIR}: reads every rule file of DIR as ingest would, and says what is wrong. */
    @Command(name = "check", description = {"Check the rule files of DIR (events.yaml, status.yaml, codebook.yaml, "
            + "words.yaml, dates.yaml) as ingest would read them over the bundled ones: unknown or misspelt keys, "
            + "missing keys, unknown classes, bad patterns.", "Exit 0 when they are fine, 2 otherwise."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "A directory of rule files.")
        Path directory;

        @Override
        public Integer call() {
            List<String> problems = new ArrayList<>(RuleFiles.problems(directory));
            if (problems.isEmpty()) {
                try {
                    // Each file reads; now the files together: classes, statuses and patterns they name.
                    EventLexicon.load(directory);
                } catch (RuleFileException e) {
                    problems.add(e.getMessage());
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            problems.forEach(problem -> err.println("error: " + problem));
            err.flush();
            if (!problems.isEmpty()) {
                return ExitCodes.INVALID_INPUT;
            }
            out.println("Rule files in " + directory + " are valid.");
            out.flush();
            return ExitCodes.OK;
        }
    }
}
