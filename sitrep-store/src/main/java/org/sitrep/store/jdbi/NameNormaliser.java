package org.sitrep.store.jdbi;

import org.sitrep.model.text.TextFold;

/**
 * The store's key for an actor name: {@link TextFold#name}, so that "Touré", "toure" and "TOURÉ." compare equal.
 * Stateless and thread-safe.
 */
public final class NameNormaliser {
    private NameNormaliser() {
    }

    /** The folded form of {@code name}; empty when it has no letter or digit, or is null. */
    public static String normalise(String name) {
        return TextFold.name(name);
    }
}
