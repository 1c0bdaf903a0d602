package org.sitrep.events.rules;

import org.sitrep.model.SitrepException;

/** A rule file that cannot be used: the message names the file, the line where known, and the problem. */
public final class RuleFileException extends SitrepException {
    public RuleFileException(String message) {
        super(message);
    }

    public RuleFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
