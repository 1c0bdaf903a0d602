package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.ingest.BodyAndNotes.Entry;
import org.sitrep.ingest.BodyAndNotes.Kind;
import org.sitrep.ingest.BodyAndNotes.Note;

/**
 * Takes the footnotes and page furniture out of a hard-wrapped document's body. PDF text puts the notes of a
 * page between the two halves of the sentence that runs over the page break. A footnote block starts with a note
 * number that continues the document's note sequence, either alone on a line, glued to the end of the body line
 * above it, or at the start of a line followed by the note text; the number must also occur as a reference in the
 * body. The block ends at a blank line, a page break, a page-number line or a line that starts with a space (the
 * body picking up again). Reference numbers glued to the body ({@code army.12}, {@code regions3}) are removed when
 * they continue the reference sequence (each one at most three above the last), so stray numbers stay. Lines that
 * are only a page number are dropped. One instance per document, used once.
 */
final class Footnotes {
    private static final int MAX_NOTE_LINES = 25;
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern NOTE_WITH_TEXT = Pattern.compile("(\\d{1,3})\\s+(\\S.*)");
    private static final Pattern GLUED_MARKER = Pattern.compile("(.*\\p{Ll})(\\d{1,3})");
    private static final Pattern PAGE_LABEL = Pattern.compile(
            "(?i)(?:page|p\\.|pg\\.?)\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?|[-–]\\s*\\d{1,4}\\s*[-–]");
    /** A reference number after punctuation or a closing quote, or straight after a lower-case word. */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<=\\p{L}{2}[”’\"')\\]]{0,2}[.,;:!?][”’\"')\\]]{0,2}|\\p{L}{2}[”’\"')\\]]{1,2}|\\p{Ll}{2})"
                    + "([1-9]\\d{0,2})(?=\\s|$)");

    private final List<String> lines;
    private final List<List<int[]>> referencesByLine = new ArrayList<>();
    private final Set<Integer> referenced = new HashSet<>();
    private final List<Entry> body = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private boolean bareMarkers;
    private int lastNote;

    private Footnotes(List<String> lines) {
        this.lines = lines;
    }

    /** The body of {@code lines} with references, note blocks and page numbers taken out, and the notes. */
    static BodyAndNotes split(List<String> lines) {
        Footnotes pass = new Footnotes(lines);
        pass.findReferences();
        pass.bareMarkers = pass.countBareMarkers() >= 2;
        pass.lastNote = pass.referenced.stream().mapToInt(Integer::intValue).min().orElse(1) - 1;
        pass.sortLines();
        return new BodyAndNotes(pass.body, pass.notes);
    }

    /** Reference numbers in document order; each is kept only if it continues the sequence so far. */
    private void findReferences() {
        int last = 0;
        for (String line : lines) {
            List<int[]> found = new ArrayList<>();
            Matcher m = REFERENCE.matcher(line);
            while (m.find()) {
                int number = Integer.parseInt(m.group(1));
                if (number > last && number <= last + 3) {
                    found.add(new int[] {m.start(1), m.end(1)});
                    referenced.add(number);
                    last = number;
                }
            }
            referencesByLine.add(found);
        }
    }

    /** Bare numbers that are referenced and followed by text mark notes; page numbers are followed by breaks. */
    private int countBareMarkers() {
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (BARE_NUMBER.matcher(line).matches() && referenced.contains(Integer.parseInt(line))) {
                int next = nextNonBlank(i + 1);
                if (next < lines.size() && !Lines.isPageBreak(lines.get(next))
                        && !BARE_NUMBER.matcher(lines.get(next).strip()).matches()) {
                    count++;
                }
            }
        }
        return count;
    }

    private int nextNonBlank(int from) {
        int i = from;
        while (i < lines.size() && Lines.isBlankLine(lines.get(i))) {
            i++;
        }
        return i;
    }

    private int previousNonBlank(int from) {
        int i = from;
        while (i >= 0 && Lines.isBlankLine(lines.get(i))) {
            i--;
        }
        return i;
    }

    /** Sorts lines into body entries and notes. */
    private void sortLines() {
        int i = 0;
        while (i < lines.size()) {
            String raw = lines.get(i);
            if (Lines.isBlankLine(raw)) {
                body.add(new Entry(Kind.BLANK, ""));
                i++;
            } else if (Lines.isPageBreak(raw) || isPageNumber(i)) {
                body.add(new Entry(Kind.GAP, ""));
                i++;
            } else {
                int end = tryNoteBlock(i);
                if (end > i) {
                    body.add(new Entry(Kind.GAP, ""));
                    i = end;
                } else {
                    body.add(new Entry(Kind.TEXT, withoutReferences(i)));
                    i++;
                }
            }
        }
    }

    private boolean isPageNumber(int i) {
        String line = lines.get(i).strip();
        if (PAGE_LABEL.matcher(line).matches()) {
            return true;
        }
        if (!BARE_NUMBER.matcher(line).matches()) {
            return false;
        }
        int next = nextNonBlank(i + 1);
        int previous = previousNonBlank(i - 1);
        return next == lines.size() || Lines.isPageBreak(lines.get(next))
                || previous >= 0 && Lines.isPageBreak(lines.get(previous));
    }

    private String withoutReferences(int i) {
        StringBuilder line = new StringBuilder(lines.get(i));
        List<int[]> found = referencesByLine.get(i);
        for (int k = found.size() - 1; k >= 0; k--) {
            line.delete(found.get(k)[0], found.get(k)[1]);
        }
        return line.toString();
    }

    private boolean fitsNoteSequence(int number, boolean mustBeReferenced) {
        boolean isReferenced = referenced.contains(number);
        return (number == lastNote + 1 && (isReferenced || !mustBeReferenced))
                || (number == lastNote + 2 && isReferenced);
    }

    /**
     * If a footnote block starts at line {@code start}, records its notes (and, for a marker glued to a body
     * line, that line's body part) and returns the index after the block; otherwise returns {@code start}.
     */
    private int tryNoteBlock(int start) {
        String line = lines.get(start).strip();
        int number;
        String bodyPart = null;
        String firstText = null;
        Matcher withText = NOTE_WITH_TEXT.matcher(line);
        Matcher glued = GLUED_MARKER.matcher(line);
        if (bareMarkers && BARE_NUMBER.matcher(line).matches()) {
            number = Integer.parseInt(line);
            if (!fitsNoteSequence(number, number != 1)) {
                return start;
            }
        } else if (bareMarkers && glued.matches() && start + 1 < lines.size()
                && Lines.isBlankLine(lines.get(start + 1))
                && referencesByLine.get(start).stream().noneMatch(r -> r[1] == lines.get(start).length())) {
            number = Integer.parseInt(glued.group(2));
            if (!fitsNoteSequence(number, true)) {
                return start;
            }
            bodyPart = glued.group(1);
        } else if (!bareMarkers && withText.matches()) {
            number = Integer.parseInt(withText.group(1));
            if (!fitsNoteSequence(number, true)) {
                return start;
            }
            firstText = withText.group(2);
        } else {
            return start;
        }
        List<Note> found = new ArrayList<>();
        int end = readNotes(start + 1, number, firstText, found);
        if (end < 0) {
            return start;
        }
        if (bodyPart != null) {
            body.add(new Entry(Kind.TEXT, bodyPart));
        }
        notes.addAll(found);
        lastNote = found.get(found.size() - 1).number();
        return end;
    }

    /** Reads notes from line {@code from} on; returns the index after the block, or -1 if it is not one. */
    private int readNotes(int from, int firstNumber, String firstText, List<Note> found) {
        int number = firstNumber;
        List<String> text = new ArrayList<>();
        if (firstText != null) {
            text.add(firstText);
        }
        int i = from;
        while (true) {
            if (i >= lines.size()) {
                return finishNote(number, text, found) ? i : -1;
            }
            String raw = lines.get(i);
            String line = raw.strip();
            Integer nextNumber = noteMarker(line, number + 1);
            if (Lines.isBlankLine(raw)) {
                int next = nextNonBlank(i + 1);
                boolean nextIsMarker = next < lines.size()
                        && noteMarker(lines.get(next).strip(), number + 1) != null;
                if (!text.isEmpty() && !nextIsMarker) {
                    return finishNote(number, text, found) ? i : -1;
                }
                i++;
            } else if (nextNumber != null && !text.isEmpty()) {
                if (!finishNote(number, text, found)) {
                    return -1;
                }
                number = nextNumber;
                text = new ArrayList<>();
                if (!bareMarkers) {
                    text.add(NOTE_WITH_TEXT.matcher(line).replaceFirst("$2"));
                }
                i++;
            } else if (Lines.isPageBreak(raw) || !text.isEmpty() && (raw.startsWith(" ") || isPageNumber(i))) {
                return finishNote(number, text, found) ? i : -1;
            } else {
                text.add(line);
                if (text.size() > MAX_NOTE_LINES) {
                    return -1;
                }
                i++;
            }
        }
    }

    private Integer noteMarker(String line, int expected) {
        if (bareMarkers) {
            return line.equals(Integer.toString(expected)) ? expected : null;
        }
        Matcher m = NOTE_WITH_TEXT.matcher(line);
        return m.matches() && Integer.parseInt(m.group(1)) == expected ? expected : null;
    }

    private boolean finishNote(int number, List<String> text, List<Note> found) {
        if (text.isEmpty()) {
            return false;
        }
        found.add(new Note(number, List.copyOf(text)));
        return true;
    }
}
