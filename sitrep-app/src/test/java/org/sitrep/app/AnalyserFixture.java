package org.sitrep.app;

import java.util.List;

/** One analyser per test JVM, shared by the integration tests: the models take seconds to load. */
public final class AnalyserFixture {
    private static Analyser analyser;

    private AnalyserFixture() {
    }

    public static synchronized Analyser shared() {
        if (analyser == null) {
            analyser = new Analyser(new SitrepConfig(2, List.of(), SitrepConfig.DEFAULT_MAX_FILE_BYTES, true));
        }
        return analyser;
    }
}
