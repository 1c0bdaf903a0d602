package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.app.IngestListener;
import org.sitrep.app.IngestReport;
import org.sitrep.app.Ingester;
import org.sitrep.app.SitrepConfig;
import org.sitrep.app.StorePicture;
import org.sitrep.ingest.IngestCodes;
import org.sitrep.ingest.SourceFiles;
import org.sitrep.ingest.TikaDocumentExtractor;
import org.sitrep.model.SourceInfo;
import org.sitrep.store.ActorSummary;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep ingest PATH...}: reads report files into the store. */
@Command(name = "ingest", description = {"Read report files (text, HTML, PDF, DOCX; folders recursively) into the "
        + "store.", "Metadata comes from a NAME.meta.json beside each file, from HTML meta tags, or from flags "
        + "(flags win). Re-ingesting unchanged files changes nothing; a changed file replaces its earlier version."})
final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    SitrepCli root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
    List<Path> paths;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date of these reports (anchors 'last Friday').")
    LocalDate published;

    @Option(names = "--publisher", description = "Publisher of these reports.")
    String publisher;

    @Option(names = "--title", description = "Title (for a single report).")
    String title;

    @Option(names = "--threads", description = "Threads for analysis (default: the number of cores).")
    Integer threads;

    @Option(names = "--max-file-mb", description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileMb = SitrepConfig.DEFAULT_MAX_FILE_BYTES / (1024 * 1024);

    @Option(names = "--quiet", description = "Print only errors and the summary line.")
    boolean quiet;

    @Override
    public Integer call() {
        // Checked before the models load, and as invalid input rather than an internal error.
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        if (maxFileMb < 1) {
            throw new ParameterException(spec.commandLine(), "--max-file-mb must be at least 1, not " + maxFileMb);
        }
        SitrepConfig defaults = root.config();
        SitrepConfig config = new SitrepConfig(threads == null ? defaults.threads() : threads,
                defaults.actorDictionaries(), maxFileMb * 1024 * 1024, defaults.dependencyParse(), defaults.rules());
        // The dictionary and rules are read before the models load: a misspelt rule file fails at once.
        org.sitrep.app.Knowledge knowledge = root.knowledge();
        SourceInfo overrides = new SourceInfo(title, publisher, null, published, null, null);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestReport report;
        // The models load only when a file needs analysis: not for a bad store, nor for unchanged files.
        ServeCommand.SharedAnalyser models = new ServeCommand.SharedAnalyser(config, knowledge, () -> {
            if (!quiet) {
                err.println("Loading language models (about 10 s)...");
                err.flush();
            }
        });
        try (Store store = root.openStore(); models) {
            ActorDictionary dictionary = knowledge.dictionary();
            Ingester ingester = new Ingester(config, dictionary, models, store,
                    new TikaDocumentExtractor(config.maxFileBytes()));
            try (Progress progress = new Progress(err, quiet)) {
                report = ingester.ingest(paths, overrides, progress);
            }
            for (IngestReport.FileResult failure : report.failures()) {
                err.println("error: " + failure.code() + ": " + failure.message());
            }
            for (IngestReport.FileResult file : report.files()) {
                file.warnings().forEach(warning -> err.println("warning: " + warning));
            }
            for (Path orphan : SourceFiles.orphanSidecars(paths)) {
                err.println("warning: " + IngestCodes.META_ORPHAN + ": " + orphan + " has no report beside it, so it"
                        + " was not read: a sidecar NAME.meta.json describes the file NAME.ext in the same folder.");
            }
            printSummary(out, report, store);
            if (!quiet) {
                new IngestSummary(store, StorePicture.of(store, dictionary), pointer(),
                        IngestSummary.Rules.bundled()).print(out);
            }
        }
        return report.anyFailed() ? ExitCodes.SOME_DOCUMENTS_FAILED : ExitCodes.OK;
    }

    /** How the summary's pointers call sitrep: as the README does, with the store when one was named. */
    private String pointer() {
        return "./sitrep" + (root.store == null ? "" : " --store " + root.store);
    }

    private void printSummary(PrintWriter out, IngestReport report, Store store) {
        out.printf("Ingested %d file(s) in %.1f s: %d new, %d replaced, %d unchanged, %d failed.%n",
                report.files().size(), report.elapsed().toMillis() / 1000.0, report.count(IngestReport.Outcome.NEW),
                report.count(IngestReport.Outcome.REPLACED), report.count(IngestReport.Outcome.UNCHANGED),
                report.count(IngestReport.Outcome.FAILED));
        out.printf("Added %d sentences, %d tokens, %d actor mentions, %d new actors.%n", report.sentences(),
                report.tokens(), report.actorMentions(), report.newActors());
        var counts = store.counts();
        out.printf("Store %s now holds %d documents, %d sentences, %d actors, %d figures.%n", root.storePath(),
                counts.documents(), counts.sentences(), counts.actors(), counts.figures());
        if (!quiet) {
            List<ActorSummary> top = store.actors(Optional.empty()).stream().limit(12).toList();
            if (!top.isEmpty()) {
                out.println("Most named actors:");
                for (ActorSummary actor : top) {
                    out.printf("  %-45s %-15s %4d mentions in %d document(s)%n", actor.actor().name(),
                            actor.actor().kind(), actor.mentions(), actor.documents());
                }
            }
        }
        out.flush();
    }

    /** A progress bar on an interactive terminal; nothing otherwise. */
    private static final class Progress implements IngestListener, AutoCloseable {
        private final PrintWriter err;
        private final boolean enabled;
        private ProgressBar bar;

        Progress(PrintWriter err, boolean quiet) {
            this.err = err;
            this.enabled = !quiet && System.console() != null;
        }

        @Override
        public void started(int files) {
            if (enabled && files > 1) {
                bar = new ProgressBarBuilder().setTaskName("Ingesting").setInitialMax(files)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUnit(" files", 1).build();
            }
        }

        @Override
        public void finished(Path file, IngestReport.Outcome outcome) {
            if (bar != null) {
                bar.step();
                bar.setExtraMessage(file.getFileName().toString());
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
            err.flush();
        }
    }
}
