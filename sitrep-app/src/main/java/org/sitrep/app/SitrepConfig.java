package org.sitrep.app;

import java.nio.file.Path;
import java.util.List;

/**
 * Settings of a run.
 *
 * @param threads documents and text blocks annotated at once (default: the number of cores)
 * @param actorDictionaries extra actor dictionary files, read after the bundled one (same YAML schema)
 * @param maxFileBytes files larger than this are refused before they are read
 * @param dependencyParse whether to parse dependencies (event extraction needs them)
 * @param rules a directory of the event coder's rule files overriding the bundled ones, or null
 */
public record SitrepConfig(int threads, List<Path> actorDictionaries, long maxFileBytes, boolean dependencyParse,
                           Path rules) {
    public static final long DEFAULT_MAX_FILE_BYTES = 25L * 1024 * 1024;

    public SitrepConfig {
        actorDictionaries = List.copyOf(actorDictionaries);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public SitrepConfig(int threads, List<Path> actorDictionaries, long maxFileBytes, boolean dependencyParse) {
        this(threads, actorDictionaries, maxFileBytes, dependencyParse, null);
    }

    public static SitrepConfig defaults() {
        return new SitrepConfig(Runtime.getRuntime().availableProcessors(), List.of(), DEFAULT_MAX_FILE_BYTES, true);
    }

    public SitrepConfig withThreads(int newThreads) {
        return new SitrepConfig(newThreads, actorDictionaries, maxFileBytes, dependencyParse, rules);
    }

    public SitrepConfig withActorDictionaries(List<Path> files) {
        return new SitrepConfig(threads, files, maxFileBytes, dependencyParse, rules);
    }

    public SitrepConfig withRules(Path directory) {
        return new SitrepConfig(threads, actorDictionaries, maxFileBytes, dependencyParse, directory);
    }
}
