package org.sitrep.events.rules;

import java.util.List;
import java.util.Map;

/** {@code codebook.yaml}: each crisis class's PLOVER coding. */
public record CodebookFile(Map<String, ClassCoding> classes) {

    /** A class's PLOVER event (null where PLOVER has none), quad class, default modes and contexts. */
    public record ClassCoding(@MayOmit String event, Integer quad, List<String> modes, List<String> contexts) {
    }
}
