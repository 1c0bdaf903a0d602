package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.app.SitrepConfig;
import org.sitrep.eval.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep eval}: accuracy on gold annotations, each report ingested alone. */
@Command(name = "eval", description = {"Ingest each gold-annotated report alone into a scratch store, write "
        + "NAME.events.jsonl and NAME.actors.jsonl into --out, and score them with the scorer."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    SitrepCli root;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of NAME.gold.json files.")
    Path gold;

    @Option(names = "--reports", required = true, paramLabel = "DIR", description = "Folder of the reports NAME.*.")
    Path reports;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the exports and score go.")
    Path out;

    @Option(names = "--scorer", paramLabel = "FILE",
            description = "The scorer script (default: score.py in the gold folder's parent).")
    Path scorer;

    @Option(names = "--threads", description = "Threads for analysis (default: the number of cores).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        // Every path is checked, and made absolute, before the models load: a typo costs no minute of work.
        Path goldDir = folder("--gold", gold, "the gold annotations (NAME.gold.json); they are not part of sitrep: "
                + "the project's are in ../shared/eval/dev and ../shared/eval/wide beside the repository");
        Path reportsDir = folder("--reports", reports, "the reports the gold annotates (NAME.txt and others)");
        Path script = (scorer != null ? scorer : goldDir.getParent().resolve("score.py")).toAbsolutePath()
                .normalize();
        if (!Files.isRegularFile(script)) {
            throw new ParameterException(spec.commandLine(), "no scorer at " + script + ": "
                    + (scorer != null ? "--scorer names no file"
                    : "the scorer score.py is looked for beside the gold folder (" + goldDir.getParent() + ")")
                    + "; give it with --scorer FILE (the project's is ../shared/eval/score.py)");
        }
        Path outDir = out.toAbsolutePath().normalize();
        SitrepConfig config = threads == null ? root.config() : root.config().withThreads(threads);
        PrintWriter out = spec.commandLine().getOut();
        Evaluator.Result result;
        try (ServeCommand.SharedAnalyser analyser = new ServeCommand.SharedAnalyser(config, root.knowledge())) {
            result = new Evaluator(analyser).run(goldDir, reportsDir, outDir, script);
        }
        result.problems().forEach(problem -> spec.commandLine().getErr().println("warning: " + problem));
        out.println("Evaluated " + result.reports().size() + " report(s); exports in " + outDir);
        out.print(result.scorerOutput());
        out.flush();
        return result.scorerExit() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** An existing folder, absolute; else invalid input saying what the folder should hold. */
    private Path folder(String option, Path given, String what) {
        Path path = given.toAbsolutePath().normalize();
        if (!Files.isDirectory(path)) {
            throw new ParameterException(spec.commandLine(), option + " " + given + " is not a folder ("
                    + path + "); it should hold " + what);
        }
        return path;
    }

    private Path out() {
        return out;
    }
}
