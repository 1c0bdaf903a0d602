package org.sitrep.store;

import org.sitrep.model.SitrepException;

/** The database failed (cannot open, migrate, read or write); this stops the run. */
public class StoreException extends SitrepException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
