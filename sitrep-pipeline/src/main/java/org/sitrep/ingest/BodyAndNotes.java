package org.sitrep.ingest;

import java.util.List;

/**
 * A hard-wrapped document sorted into its body and its footnotes.
 *
 * @param body the body's lines in order, with the blank lines and the gaps (page breaks, page numbers, moved
 *     note blocks) between them
 * @param notes the footnotes found, in order
 */
record BodyAndNotes(List<Entry> body, List<Note> notes) {
    enum Kind { TEXT, BLANK, GAP }

    record Entry(Kind kind, String text) {
    }

    record Note(int number, List<String> lines) {
    }
}
