package org.sitrep.ingest;

import java.util.Arrays;
import java.util.List;
import org.sitrep.ingest.BodyAndNotes.Note;

/**
 * Gives the text one paragraph or heading per line. Hard-wrapped text ({@link HardWraps}) loses its footnotes
 * and page numbers ({@link Footnotes}), has its lines joined ({@link LineJoiner}) and gets its notes back at the
 * end, one per line as {@code [12] note text} (brackets, so the number does not read as a count). Other text only
 * loses trailing spaces, page breaks and runs of blank lines beyond one.
 */
final class Unwrapping implements CleaningStep {
    @Override
    public String apply(String text) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        return HardWraps.looksHardWrapped(lines) ? unwrap(lines) : tidy(lines);
    }

    private static String unwrap(List<String> lines) {
        LineJoiner joiner = new LineJoiner(lines, new Hyphenation(lines));
        BodyAndNotes split = Footnotes.split(lines);
        StringBuilder out = new StringBuilder(joiner.join(split.body()));
        if (!split.notes().isEmpty()) {
            out.append("\n\n");
            for (Note note : split.notes()) {
                out.append('[').append(note.number()).append("] ").append(joiner.joinOneLine(note.lines()))
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** Text that is not hard-wrapped: trailing spaces off, page breaks and blank runs down to one blank line. */
    private static String tidy(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean pendingBlank = false;
        for (String raw : lines) {
            String line = raw.replace(Lines.PAGE_BREAK, ' ').stripTrailing();
            if (line.isEmpty()) {
                pendingBlank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(pendingBlank ? "\n\n" : "\n");
            }
            out.append(line);
            pendingBlank = false;
        }
        return out.toString();
    }
}
