package org.sitrep.pipeline;

import org.sitrep.model.SitrepException;

/** A stage threw while processing a document; the document is reported as failed and the run goes on. */
public class StageFailedException extends SitrepException {
    private final String stage;

    public StageFailedException(String stage, Throwable cause) {
        super(stage + " failed: " + cause.getMessage(), cause);
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }
}
