package org.sitrep.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans extracted text so that later stages see one paragraph per line and whole sentences.
 *
 * <p>Every document gets the character-level clean-up: Unicode NFC; CRLF and CR become LF; no-break and other
 * odd spaces become a plain space; control and format characters are removed except LF and TAB (a form feed is
 * read as a page break); the Latin ligatures PDFs use (U+FB00 to U+FB06) are spelt out; trailing spaces go and
 * runs of blank lines shrink to one.
 *
 * <p>Text that looks hard-wrapped is also unwrapped (see {@link #looksHardWrapped(String)}). Normal
 * one-paragraph-per-line text is left as it is. Unwrapping works in three steps:
 * <ol>
 *   <li><b>Footnotes.</b> PDF text puts the notes of a page between the two halves of the sentence that runs
 *   over the page break. A footnote block starts with a note number that continues the document's note sequence,
 *   either alone on a line, glued to the end of the body line above it, or at the start of a line followed by
 *   the note text; the number must also occur as a reference in the body. The block ends at a blank line, a page
 *   break, a page-number line or a line that starts with a space (the body picking up again). Blocks are moved
 *   to the end of the document, one note per line as {@code [12] note text}: brackets, so the number does not read
 *   as a count. Reference numbers glued to the body ({@code army.12}, {@code regions3}) are removed when they
 *   continue the reference sequence (each one at most three above the last), so stray numbers stay.</li>
 *   <li><b>Page furniture.</b> Lines that are only a page number ({@code Page 4}, or a bare number next to a page
 *   break) are dropped. They are the only text this class removes, apart from reference numbers.</li>
 *   <li><b>Joining.</b> A line break stays where a short line ends a sentence (a paragraph end), where a short
 *   line without final punctuation is followed by a capitalised line (a heading; consecutive upper-case lines
 *   are one heading), and before a list item. Blank lines stay as paragraph breaks. Every other break is inside
 *   a sentence and becomes a space. A line ending in a hyphen after a letter is joined without the space; the
 *   hyphen is kept when the next line does not start with a lower-case letter ({@code UN-\nECOWAS}), when the
 *   document spells the word elsewhere only with the hyphen, or when the part before it is a prefix that takes
 *   one ({@code ex-, pro-, anti-, non-, self-, co-, post-, semi-, multi-, quasi-}); it is dropped when the
 *   document spells the word elsewhere only without it, and otherwise ({@code govern-\nment}).
 *   "Short" means under 70% of the document's typical (75th percentile) line length.</li>
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class TextCleaner {
    private static final char PAGE_BREAK = '\f';
    private static final double SHORT_LINE = 0.7;
    private static final int MAX_NOTE_LINES = 25;
    private static final Set<String> HYPHEN_PREFIXES = Set.of(
            "ex", "pro", "anti", "non", "self", "co", "post", "semi", "multi", "quasi");

    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern NOTE_WITH_TEXT = Pattern.compile("(\\d{1,3})\\s+(\\S.*)");
    private static final Pattern GLUED_MARKER = Pattern.compile("(.*\\p{Ll})(\\d{1,3})");
    private static final Pattern PAGE_LABEL = Pattern.compile(
            "(?i)(?:page|p\\.|pg\\.?)\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?|[-–]\\s*\\d{1,4}\\s*[-–]");
    /** A reference number after punctuation or a closing quote, or straight after a lower-case word. */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<=\\p{L}{2}[”’\"')\\]]{0,2}[.,;:!?][”’\"')\\]]{0,2}|\\p{L}{2}[”’\"')\\]]{1,2}|\\p{Ll}{2})"
                    + "([1-9]\\d{0,2})(?=\\s|$)");
    private static final Pattern LIST_ITEM = Pattern.compile(
            "(?:[•◦▪‣∙·●○■□➢►*]|-(?=\\s)|\\(?(?:\\d{1,2}|[a-z])[.)]|\\([ivx]{1,4}\\)|[IVX]{1,5}\\.)(?:\\s.*)?");
    /** "of the coup.But there is": a sentence glued to the next where the source lost a space or a line break. */
    private static final Pattern GLUED_SENTENCE = Pattern.compile("(?<=\\p{Ll}{2}[.!?][”’\"')]?)(?=\\p{Lu}\\p{Ll})");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*\\p{L}");

    private TextCleaner() {
    }

    /** Cleans extracted text; see the class comment for what changes. */
    public static String clean(String text) {
        String normalised = normalise(text);
        List<String> lines = Arrays.asList(normalised.split("\n", -1));
        String result = looksHardWrapped(lines) ? new Unwrapper(lines).unwrap() : tidy(lines);
        return GLUED_SENTENCE.matcher(stripBlankEnds(result)).replaceAll(" ");
    }

    /**
     * Whether text is hard-wrapped: at least four lines, a median line length of at most 120 characters,
     * and at least a fifth of the lines (and at least two) broken inside a sentence, that is, followed
     * directly by a line that starts in lower case while they do not end in sentence punctuation.
     */
    public static boolean looksHardWrapped(String text) {
        return looksHardWrapped(Arrays.asList(normalise(text).split("\n", -1)));
    }

    private static boolean looksHardWrapped(List<String> lines) {
        List<Integer> lengths = new ArrayList<>();
        int midSentenceBreaks = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || isPageBreak(line)) {
                continue;
            }
            lengths.add(line.length());
            if (i + 1 < lines.size()) {
                String next = lines.get(i + 1).strip();
                if (!next.isEmpty() && Character.isLowerCase(next.codePointAt(0)) && !endsSentence(line)) {
                    midSentenceBreaks++;
                }
            }
        }
        if (lengths.size() < 4) {
            return false;
        }
        lengths.sort(null);
        int median = lengths.get(lengths.size() / 2);
        return median <= 120 && midSentenceBreaks >= 2 && midSentenceBreaks >= 0.2 * lengths.size();
    }

    /** The character-level clean-up only; line structure is untouched. Form feeds stay, as page breaks. */
    static String normalise(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        String composed = Normalizer.normalize(unified, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> appendNormalised(out, cp));
        return out.toString();
    }

    private static void appendNormalised(StringBuilder out, int cp) {
        if (cp == '\n' || cp == '\t' || cp == PAGE_BREAK) {
            out.append((char) cp);
        } else if (cp == 0x85 || cp == 0x2028) {
            out.append('\n');
        } else if (cp == 0x2029) {
            out.append("\n\n");
        } else if (cp >= 0xFB00 && cp <= 0xFB06) {
            out.append(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC));
        } else if (Character.getType(cp) == Character.SPACE_SEPARATOR) {
            out.append(' ');
        } else if (Character.getType(cp) == Character.CONTROL) {
            return;
        } else if (Character.getType(cp) == Character.FORMAT && cp != 0x200C && cp != 0x200D) {
            // Soft hyphens, zero-width spaces, byte-order marks, bidi marks; the two joiners shape some scripts.
            return;
        } else {
            out.appendCodePoint(cp);
        }
    }

    /** Text that is not hard-wrapped: trailing spaces off, page breaks and blank runs down to one blank line. */
    private static String tidy(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean pendingBlank = false;
        for (String raw : lines) {
            String line = raw.replace(PAGE_BREAK, ' ').stripTrailing();
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

    private static String stripBlankEnds(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return text.substring(start).stripTrailing();
    }

    /** Blank, and not a page break: {@code String.isBlank} counts a form feed as white space. */
    private static boolean isBlankLine(String line) {
        return line.isBlank() && line.indexOf(PAGE_BREAK) < 0;
    }

    private static boolean isPageBreak(String line) {
        return line.indexOf(PAGE_BREAK) >= 0 && line.replace(PAGE_BREAK, ' ').isBlank();
    }

    /** Ends in . ! ? or … perhaps followed by closing quotes or brackets. */
    private static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && "”’\"')]".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(line.charAt(i)) >= 0;
    }

    private static boolean endsInPunctuation(String line) {
        return endsSentence(line) || ",;:".indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /** Starts with an upper-case letter or a digit, perhaps after an opening quote or bracket. */
    private static boolean startsCapitalised(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("“‘\"'([".indexOf(c) < 0) {
                return Character.isUpperCase(c) || Character.isDigit(c);
            }
        }
        return false;
    }

    private static boolean isUpperCaseLine(String line) {
        boolean letters = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters = true;
            }
        }
        return letters;
    }

    /** One pass over a hard-wrapped document; holds the per-document state, so it is used once. */
    private static final class Unwrapper {
        private enum Kind { TEXT, BLANK, GAP }

        private record Entry(Kind kind, String text) {
        }

        private record Note(int number, List<String> lines) {
        }

        private final List<String> lines;
        private final List<List<int[]>> referencesByLine = new ArrayList<>();
        private final Set<Integer> referenced = new HashSet<>();
        private final List<Entry> body = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();
        private final Set<String> knownWords = new HashSet<>();
        private boolean bareMarkers;
        private int lastNote;
        private int shortLine;

        Unwrapper(List<String> lines) {
            this.lines = lines;
        }

        String unwrap() {
            findReferences();
            measure();
            bareMarkers = countBareMarkers() >= 2;
            lastNote = referenced.stream().mapToInt(Integer::intValue).min().orElse(1) - 1;
            split();
            StringBuilder out = new StringBuilder(join(body));
            if (!notes.isEmpty()) {
                out.append("\n\n");
                for (Note note : notes) {
                    out.append('[').append(note.number()).append("] ").append(joinOneLine(note.lines())).append('\n');
                }
            }
            return out.toString();
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

        private void measure() {
            List<Integer> lengths = new ArrayList<>();
            for (String line : lines) {
                String text = line.strip();
                if (!text.isEmpty() && !isPageBreak(text)) {
                    lengths.add(text.length());
                }
                Matcher m = WORD.matcher(line);
                while (m.find()) {
                    knownWords.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
            lengths.sort(null);
            int typical = lengths.isEmpty() ? 0 : lengths.get(lengths.size() * 3 / 4);
            shortLine = (int) (typical * SHORT_LINE);
        }

        /** Bare numbers that are referenced and followed by text mark notes; page numbers are followed by breaks. */
        private int countBareMarkers() {
            int count = 0;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (BARE_NUMBER.matcher(line).matches() && referenced.contains(Integer.parseInt(line))) {
                    int next = nextNonBlank(i + 1);
                    if (next < lines.size() && !isPageBreak(lines.get(next))
                            && !BARE_NUMBER.matcher(lines.get(next).strip()).matches()) {
                        count++;
                    }
                }
            }
            return count;
        }

        private int nextNonBlank(int from) {
            int i = from;
            while (i < lines.size() && isBlankLine(lines.get(i))) {
                i++;
            }
            return i;
        }

        private int previousNonBlank(int from) {
            int i = from;
            while (i >= 0 && isBlankLine(lines.get(i))) {
                i--;
            }
            return i;
        }

        /** Sorts lines into body entries and notes. */
        private void split() {
            int i = 0;
            while (i < lines.size()) {
                String raw = lines.get(i);
                if (isBlankLine(raw)) {
                    body.add(new Entry(Kind.BLANK, ""));
                    i++;
                } else if (isPageBreak(raw) || isPageNumber(i)) {
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
            return next == lines.size() || isPageBreak(lines.get(next))
                    || previous >= 0 && isPageBreak(lines.get(previous));
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
            } else if (bareMarkers && glued.matches() && start + 1 < lines.size() && isBlankLine(lines.get(start + 1))
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
                if (isBlankLine(raw)) {
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
                } else if (isPageBreak(raw) || !text.isEmpty() && (raw.startsWith(" ") || isPageNumber(i))) {
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

        /**
         * Joins body entries. A blank run is a paragraph break, unless it falls inside a sentence (no punctuation
         * before it, lower case after it): page breaks leave those. A run that held notes or a page break joins
         * unless a sentence ended before it and a capital follows.
         */
        private String join(List<Entry> entries) {
            StringBuilder out = new StringBuilder();
            String previous = null;
            boolean blank = false;
            boolean gap = false;
            for (Entry entry : entries) {
                switch (entry.kind()) {
                    case BLANK -> blank = true;
                    case GAP -> gap = true;
                    case TEXT -> {
                        String line = entry.text().strip();
                        if (line.isEmpty()) {
                            continue;
                        }
                        if (previous == null) {
                            out.append(line);
                        } else if (gap && !(endsSentence(previous) && startsCapitalised(line))
                                || blank && !endsInPunctuation(previous) && Character.isLowerCase(line.charAt(0))) {
                            appendJoined(out, previous, line, false);
                        } else if (gap || blank) {
                            out.append("\n\n").append(line);
                        } else {
                            appendJoined(out, previous, line, true);
                        }
                        previous = line;
                        blank = false;
                        gap = false;
                    }
                    default -> throw new IllegalStateException(entry.kind().name());
                }
            }
            return out.toString();
        }

        private String joinOneLine(List<String> noteLines) {
            StringBuilder out = new StringBuilder();
            String previous = null;
            for (String line : noteLines) {
                if (previous == null) {
                    out.append(line);
                } else {
                    appendJoined(out, previous, line, false);
                }
                previous = line;
            }
            return out.toString();
        }

        /**
         * Appends line {@code b} to {@code out}, which ends with line {@code a}: after a line break if
         * {@code mayBreak} and the joining rules call for one, otherwise on the same line.
         */
        private void appendJoined(StringBuilder out, String a, String b, boolean mayBreak) {
            if (mayBreak && keepsLineBreak(a, b)) {
                out.append('\n').append(b);
                return;
            }
            char last = a.charAt(a.length() - 1);
            char beforeLast = a.length() > 1 ? a.charAt(a.length() - 2) : ' ';
            if (last == '-' && Character.isLetter(beforeLast)) {
                if (!keepsHyphen(a, b)) {
                    out.setLength(out.length() - 1);
                }
                out.append(b);
            } else if ((last == '-' || last == '–' || last == '—') && !Character.isWhitespace(beforeLast)
                    || endsInBrokenUrl(a)) {
                out.append(b);
            } else {
                out.append(' ').append(b);
            }
        }

        private boolean keepsLineBreak(String a, String b) {
            boolean aShort = a.length() < shortLine;
            if (LIST_ITEM.matcher(b).matches()) {
                return true;
            }
            if (a.endsWith("-")) {
                return false;
            }
            if (aShort && !endsInPunctuation(a) && startsCapitalised(b)) {
                boolean headingGoesOn = isUpperCaseLine(a) && isUpperCaseLine(b) && b.length() < shortLine;
                return !headingGoesOn;
            }
            return aShort && endsSentence(a);
        }

        /** The hyphenation rule of the class comment. */
        private boolean keepsHyphen(String a, String b) {
            if (b.isEmpty() || !Character.isLowerCase(b.codePointAt(0))) {
                return true;
            }
            String fragment = lastToken(a);
            fragment = fragment.substring(0, fragment.length() - 1).replaceFirst("^[“‘\"'(\\[]+", "");
            String continuation = firstWord(b);
            String hyphenated = (fragment + "-" + continuation).toLowerCase(Locale.ROOT);
            String joined = (fragment + continuation).toLowerCase(Locale.ROOT);
            boolean hyphenatedSeen = knownWords.contains(hyphenated);
            boolean joinedSeen = knownWords.contains(joined);
            if (hyphenatedSeen != joinedSeen) {
                return hyphenatedSeen;
            }
            String prefix = fragment.substring(fragment.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT);
            return HYPHEN_PREFIXES.contains(prefix);
        }

        private static String lastToken(String line) {
            int space = line.lastIndexOf(' ');
            return line.substring(space + 1);
        }

        private static String firstWord(String line) {
            Matcher m = Pattern.compile("^[\\p{L}\\p{M}'’-]*\\p{L}|^\\p{L}").matcher(line);
            return m.find() ? m.group() : "";
        }

        private static boolean endsInBrokenUrl(String a) {
            String token = lastToken(a);
            return (token.contains("://") || token.startsWith("www.")) && "/-_=&?#".indexOf(token.charAt(
                    token.length() - 1)) >= 0;
        }
    }
}
