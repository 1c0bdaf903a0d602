package org.sitrep.app;

import java.nio.file.Path;

/** Hears how an ingest progresses, for progress bars. Called from the thread that stores documents. */
public interface IngestListener {
    void started(int files);

    void finished(Path file, IngestReport.Outcome outcome);

    IngestListener NONE = new IngestListener() {
        @Override
        public void started(int files) {
        }

        @Override
        public void finished(Path file, IngestReport.Outcome outcome) {
        }
    };
}
