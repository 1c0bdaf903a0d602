package org.sitrep.figures;

import org.sitrep.model.SitrepException;

/** The figures word lists could not be read: a missing file, bad YAML, or an unknown kind or qualifier name. */
public class FigureLexiconException extends SitrepException {
    public FigureLexiconException(String message) {
        super(message);
    }

    public FigureLexiconException(String message, Throwable cause) {
        super(message, cause);
    }
}
