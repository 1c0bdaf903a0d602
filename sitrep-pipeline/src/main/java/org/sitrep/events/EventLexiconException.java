package org.sitrep.events;

import org.sitrep.model.SitrepException;

/** An event lexicon, status list or codebook file could not be read; the message names the file and entry. */
public class EventLexiconException extends SitrepException {
    public EventLexiconException(String message, Throwable cause) {
        super(message, cause);
    }

    public EventLexiconException(String message) {
        super(message);
    }
}
