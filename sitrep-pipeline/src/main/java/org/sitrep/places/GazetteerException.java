package org.sitrep.places;

import org.sitrep.model.SitrepException;

/** The bundled gazetteer is missing or malformed. */
public class GazetteerException extends SitrepException {
    public GazetteerException(String message) {
        super(message);
    }

    public GazetteerException(String message, Throwable cause) {
        super(message, cause);
    }
}
