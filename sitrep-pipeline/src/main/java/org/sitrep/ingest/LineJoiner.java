package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.ingest.BodyAndNotes.Entry;

/**
 * Joins the lines of a hard-wrapped body into paragraphs. A line break stays where a short line ends a sentence
 * (a paragraph end), where a short line without final punctuation is followed by a capitalised line (a heading;
 * consecutive upper-case lines are one heading), and before a list item. Blank lines stay as paragraph breaks.
 * Every other break is inside a sentence and becomes a space; a line ending in a hyphen after a letter is joined
 * without the space, the hyphen kept or not by {@link Hyphenation}. "Short" means under 70% of the document's
 * typical (75th percentile) line length. One instance per document.
 */
final class LineJoiner {
    private static final double SHORT_LINE = 0.7;
    private static final Pattern LIST_ITEM = Pattern.compile(
            "(?:[•◦▪‣∙·●○■□➢►*]|-(?=\\s)|\\(?(?:\\d{1,2}|[a-z])[.)]|\\([ivx]{1,4}\\)|[IVX]{1,5}\\.)"
                    + "(?:\\s.*)?");

    private final Hyphenation hyphenation;
    private final int shortLine;

    /** A joiner for the document of {@code lines}, whose typical line length it measures. */
    LineJoiner(List<String> lines, Hyphenation hyphenation) {
        this.hyphenation = hyphenation;
        List<Integer> lengths = new ArrayList<>();
        for (String line : lines) {
            String text = line.strip();
            if (!text.isEmpty() && !Lines.isPageBreak(text)) {
                lengths.add(text.length());
            }
        }
        lengths.sort(null);
        int typical = lengths.isEmpty() ? 0 : lengths.get(lengths.size() * 3 / 4);
        shortLine = (int) (typical * SHORT_LINE);
    }

    /**
     * Joins body entries. A blank run is a paragraph break, unless it falls inside a sentence (no punctuation
     * before it, lower case after it): page breaks leave those. A run that held notes or a page break joins
     * unless a sentence ended before it and a capital follows.
     */
    String join(List<Entry> entries) {
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
                    } else if (gap && !(Lines.endsSentence(previous) && Lines.startsCapitalised(line))
                            || blank && !Lines.endsInPunctuation(previous) && Character.isLowerCase(line.charAt(0))) {
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

    String joinOneLine(List<String> noteLines) {
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
            if (!hyphenation.keepsHyphen(a, b)) {
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
        if (aShort && !Lines.endsInPunctuation(a) && Lines.startsCapitalised(b)) {
            boolean headingGoesOn = Lines.isUpperCaseLine(a) && Lines.isUpperCaseLine(b) && b.length() < shortLine;
            return !headingGoesOn;
        }
        return aShort && Lines.endsSentence(a);
    }

    private static boolean endsInBrokenUrl(String a) {
        String token = Lines.lastToken(a);
        return (token.contains("://") || token.startsWith("www.")) && "/-_=&?#".indexOf(token.charAt(
                token.length() - 1)) >= 0;
    }
}
