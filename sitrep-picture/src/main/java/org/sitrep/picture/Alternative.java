package org.sitrep.picture;

import java.util.List;
import java.util.Objects;

/** One value the sources give for an attribute, with the documents that give it. */
public record Alternative<T>(T value, List<String> docIds) {
    public Alternative {
        Objects.requireNonNull(value, "value");
        docIds = List.copyOf(docIds);
    }
}
