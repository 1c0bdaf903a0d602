package org.sitrep.actors;

import org.sitrep.model.SitrepException;

/** An actor dictionary, nominal list or title list could not be read; the message names the file and entry. */
public class ActorDictionaryException extends SitrepException {
    public ActorDictionaryException(String message) {
        super(message);
    }

    public ActorDictionaryException(String message, Throwable cause) {
        super(message, cause);
    }
}
