package org.sitrep.model.event;

import java.util.List;

/**
 * An event's PLOVER 2.0 coding.
 *
 * @param event one of the 16 categories, or null for crisis classes PLOVER has no category for
 *     (DISPLACEMENT, APPOINT, ELECTION)
 * @param quad 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict; 0 when
 *     there is no category
 */
public record PloverCoding(String event, List<String> modes, List<String> contexts, int quad) {
    public PloverCoding {
        modes = List.copyOf(modes);
        contexts = List.copyOf(contexts);
    }
}
