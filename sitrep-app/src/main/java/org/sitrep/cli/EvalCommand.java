package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.app.Analyser;
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
        Path script = scorer != null ? scorer : gold.toAbsolutePath().getParent().resolve("score.py");
        SitrepConfig config = threads == null ? root.config() : root.config().withThreads(threads);
        PrintWriter out = spec.commandLine().getOut();
        Evaluator.Result result;
        try (Analyser analyser = new Analyser(config, root.knowledge())) {
            result = new Evaluator(analyser).run(gold, reports, out(), script);
        }
        result.problems().forEach(problem -> spec.commandLine().getErr().println("warning: " + problem));
        out.println("Evaluated " + result.reports().size() + " report(s); exports in " + out());
        out.print(result.scorerOutput());
        out.flush();
        if (!Files.isRegularFile(script)) {
            return ExitCodes.FAILED;
        }
        return result.scorerExit() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private Path out() {
        return out;
    }
}
