package org.sitrep.picture;

import org.sitrep.model.SitrepException;

/** The picture rules file is missing or malformed. */
public final class PictureRulesException extends SitrepException {
    public PictureRulesException(String message) {
        super(message);
    }

    public PictureRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
