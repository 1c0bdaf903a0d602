package org.sitrep.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.app.SitrepConfig;

/**
 * What every executor needs to build its own {@link Workers}: small, serialisable, sent with each task (the
 * models never are).
 *
 * @param threads CoreNLP threads per executor JVM (its task slots)
 * @param actorFiles extra actor dictionaries (YAML), readable at the same path on every executor
 * @param maxFileBytes files larger than this are refused, as by {@code sitrep ingest}
 * @param fingerprint what else decides a document's coding (the extra dictionaries' bytes): part of the cache key,
 *     so a changed dictionary codes everything again
 */
public record JobSettings(int threads, List<String> actorFiles, long maxFileBytes, String fingerprint)
        implements Serializable {
    public JobSettings {
        actorFiles = List.copyOf(actorFiles);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }

    SitrepConfig config() {
        return new SitrepConfig(threads, actorFiles.stream().map(Path::of).toList(), maxFileBytes,
                SitrepConfig.defaults().dependencyParse());
    }
}
