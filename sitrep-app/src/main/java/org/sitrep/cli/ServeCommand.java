package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.sitrep.app.Analyser;
import org.sitrep.app.LazyIngester;
import org.sitrep.app.SitrepConfig;
import org.sitrep.model.SitrepException;
import org.sitrep.store.Store;
import org.sitrep.web.WebApp;
import org.sitrep.web.WebConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the analyst's workspace in the browser, and its HTTP API. */
@Command(name = "serve", description = {"Serve the workspace (timeline, map, actors, reader, search, export, upload) "
        + "and its JSON API over the store.", "Listens on 127.0.0.1 unless --host says otherwise; another host needs "
        + "--token. The language models load on the first upload, not at start."})
final class ServeCommand implements Callable<Integer> {
    /** A bearer token shorter than this could be guessed. */
    static final int MIN_TOKEN = 16;

    @ParentCommand
    SitrepCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port = WebConfig.DEFAULT_PORT;

    @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host = WebConfig.DEFAULT_HOST;

    @Option(names = "--token", description = "Require 'Authorization: Bearer TOKEN' on every API request "
            + "(default: $SITREP_TOKEN). Required when --host is not a loopback address.")
    String token;

    @Option(names = "--max-upload-mb", description = "Largest report an upload may hold (default: ${DEFAULT-VALUE}).")
    long maxUploadMb = SitrepConfig.DEFAULT_MAX_FILE_BYTES / (1024 * 1024);

    @Override
    public Integer call() throws InterruptedException {
        String chosenToken = token != null ? token : System.getenv("SITREP_TOKEN");
        if (chosenToken != null && chosenToken.isBlank()) {
            chosenToken = null;
        }
        if (chosenToken != null && chosenToken.length() < MIN_TOKEN) {
            throw new ParameterException(spec.commandLine(), (token != null ? "--token" : "SITREP_TOKEN") + " has "
                    + chosenToken.length() + " characters; a token must have at least " + MIN_TOKEN + " so that it"
                    + " cannot be guessed. Make one with: openssl rand -hex 16 (or: head -c 16 /dev/urandom | xxd -p)");
        }
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        if (maxUploadMb < 1) {
            throw new ParameterException(spec.commandLine(), "--max-upload-mb must be at least 1, not " + maxUploadMb);
        }
        if (chosenToken == null && !WebConfig.isLoopback(host)) {
            throw new ParameterException(spec.commandLine(), "--host " + host + " is reachable from other machines: "
                    + "set --token (or SITREP_TOKEN) so that only those who have it can read and upload");
        }
        WebConfig config = new WebConfig(host, port, chosenToken, maxUploadMb * 1024 * 1024);
        SitrepConfig analysis = root.config();
        analysis = new SitrepConfig(analysis.threads(), analysis.actorDictionaries(), config.maxUploadBytes(),
                analysis.dependencyParse(), analysis.rules());
        PrintWriter out = spec.commandLine().getOut();
        Store store = root.openStore();
        SharedAnalyser analyser = new SharedAnalyser(analysis, root.knowledge());
        WebApp app = WebApp.create(config, store, new LazyIngester(store, analysis, analyser),
                root.knowledge().dictionary());
        try {
            app.start();
        } catch (RuntimeException e) {
            app.close();
            store.close();
            throw new SitrepException("cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + " (is another server using the port? choose one with --port)", e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            analyser.close();
            store.close();
            stopped.countDown();
        }, "sitrep-serve-shutdown"));
        app.warmUp();
        out.println("sitrep workspace: " + app.url() + "  (store " + root.storePath() + ")");
        if (config.token() != null) {
            out.println("API requests need the header 'Authorization: Bearer <token>'; the page asks for the token.");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    /** The analyser, built on first use (the models take seconds and gigabytes) and shared by later uploads. */
    static final class SharedAnalyser implements Supplier<Analyser>, AutoCloseable {
        private final SitrepConfig config;
        private final org.sitrep.app.Knowledge knowledge;
        private final Runnable announce;
        private Analyser analyser;

        SharedAnalyser(SitrepConfig config) {
            this(config, org.sitrep.app.Knowledge.from(config));
        }

        SharedAnalyser(SitrepConfig config, org.sitrep.app.Knowledge knowledge) {
            this(config, knowledge, () -> { });
        }

        /** @param announce run just before the models load (for "Loading language models...") */
        SharedAnalyser(SitrepConfig config, org.sitrep.app.Knowledge knowledge, Runnable announce) {
            this.config = config;
            this.knowledge = knowledge;
            this.announce = announce;
        }

        boolean loaded() {
            synchronized (this) {
                return analyser != null;
            }
        }

        @Override
        public synchronized Analyser get() {
            if (analyser == null) {
                announce.run();
                analyser = new Analyser(config, knowledge);
            }
            return analyser;
        }

        @Override
        public synchronized void close() {
            if (analyser != null) {
                analyser.close();
            }
        }
    }
}
