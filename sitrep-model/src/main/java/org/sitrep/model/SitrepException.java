package org.sitrep.model;

/** Root of sitrep's unchecked exceptions; subclasses name the concern (ingest, store, config). */
public class SitrepException extends RuntimeException {
    public SitrepException(String message) {
        super(message);
    }

    public SitrepException(String message, Throwable cause) {
        super(message, cause);
    }
}
