package org.sitrep.pipeline;

import org.sitrep.model.SitrepException;

/** A pipeline was assembled with a stage before the stage that provides what it needs. */
public class StageOrderException extends SitrepException {
    public StageOrderException(String message) {
        super(message);
    }
}
