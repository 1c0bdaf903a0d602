package org.sitrep.figures;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Token;

/**
 * Numbers that are not counts: dates and years, numbers inside names and lists, labels and footnote marks,
 * money, shares, clock times, ratios, phone numbers and ids. Stateless and thread-safe.
 */
final class NonCounts {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern LEADING_ZERO_OR_PLUS = Pattern.compile("(\\+|0\\d).*");
    private static final Pattern LONG_DIGITS = Pattern.compile("\\d{7,}");
    private static final Pattern BARE_DIGITS = Pattern.compile("\\d+");
    /** Characters after which a number glued to the previous token is a footnote or part of a code. */
    private static final String FOOTNOTE_LEFT = ".,;:)]\u201d\u2019\u00b0#/-\u2013";
    /** NER tags a number can carry without being part of a name. */
    private static final Set<String> NUMERIC_NER = Set.of("O", "NUMBER");
    private static final Set<String> LIST_CLOSERS = Set.of(".", ")", ":", "-rrb-");
    private static final Set<String> OPENING_BRACKETS = Set.of("(", "[", "-lrb-", "-lsb-");
    private static final Set<String> CLOSING_BRACKETS = Set.of(")", "]", "-rrb-", "-rsb-");

    private final FigureLexicon lexicon;

    NonCounts(FigureLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Signs that a number may be a date, a name or a label rather than a count: an NER tag such as DATE, a
     * capitalised proper noun right before it ("Report 92"), a year's shape. A counted noun of a known kind
     * overrules them ("some 2000 people" tagged DATE).
     */
    boolean doubtful(Reading reading, NumberPhrase number, int numberEnd, boolean single) {
        int start = number.start();
        if (nerSaysNotACount(reading, start, numberEnd)) {
            return true;
        }
        if (start > 0 && Tokens.isProperNoun(reading.token(start - 1))) {
            String before = reading.token(start - 1).word();
            if (!before.isEmpty() && Character.isUpperCase(before.charAt(0))) {
                return true;
            }
        }
        return number.digits() && single && number.end() == start + 1
                && YEAR.matcher(reading.token(start).word()).matches();
    }

    /** Rules that need no counted noun to say a number is no count. */
    boolean notACount(Reading reading, NumberPhrase number, int numberEnd, BigDecimal value) {
        return inNameOrList(reading, number.start(), numberEnd)
                || isLabel(reading, number.start(), numberEnd)
                || isMeasure(reading, number.start(), numberEnd)
                || (number.digits() && isCode(reading, number.start(), numberEnd))
                || value.stripTrailingZeros().scale() > 0; // "7.5" is a measure, not a count
    }

    /** "the June 5 Movement" tagged ORGANIZATION, "3." tagged LS. */
    private boolean inNameOrList(Reading reading, int start, int end) {
        for (int k = start; k < end; k++) {
            Token token = reading.token(k);
            String ner = Tokens.ner(token);
            if (Tokens.pos(token).equals("LS") || (!NUMERIC_NER.contains(ner) && !lexicon.skipsNer(ner))) {
                return true;
            }
        }
        return false;
    }

    /** Footnote marks, list and section numbers, page labels, identifiers. */
    private boolean isLabel(Reading reading, int start, int end) {
        Token first = reading.token(start);
        if (start > 0 && Tokens.glued(reading.token(start - 1), first)) {
            String left = reading.token(start - 1).word();
            char last = left.isEmpty() ? ' ' : left.charAt(left.length() - 1);
            if (Character.isLetterOrDigit(last) || FOOTNOTE_LEFT.indexOf(last) >= 0) {
                return true; // "president.1", "COVID-19", "N°92"
            }
        }
        return aloneOnLine(reading.text(), first.span().start(), reading.token(end - 1).span().end())
                || (start == 0 && LIST_CLOSERS.contains(reading.word(end))) // "3. Previous protests", "1)"
                || (OPENING_BRACKETS.contains(reading.word(start - 1))
                        && CLOSING_BRACKETS.contains(reading.word(end))) // "(3)"
                || (start > 0 && lexicon.isIdentifierCue(reading.token(start - 1))); // "Resolution 2085", "aged 25"
    }

    /** Money, shares, clock times and ratios. */
    private boolean isMeasure(Reading reading, int start, int end) {
        boolean money = (start > 0 && lexicon.isCurrency(reading.token(start - 1)))
                || (end < reading.size() && lexicon.isCurrency(reading.token(end)));
        boolean clock = end < reading.size() && lexicon.isClockWord(reading.token(end));
        boolean ratio = (reading.word(end).equals("in") && end + 1 < reading.size()
                && NumberReader.startsNumber(reading.token(end + 1)))
                || (reading.word(start - 1).equals("in") && start > 1
                        && NumberReader.startsNumber(reading.token(start - 2))); // "one in five"
        return money || clock || ratio || lexicon.isPercentAt(reading.tokens(), end);
    }

    /** Phone numbers, codes and ids written in digits: "+223", "0800", "20223344", "20 22 33 44". */
    private static boolean isCode(Reading reading, int start, int end) {
        String word = reading.token(start).word();
        if (LEADING_ZERO_OR_PLUS.matcher(word).matches() && !word.startsWith("0.")
                || LONG_DIGITS.matcher(word).matches()) {
            return true;
        }
        return (start > 0 && BARE_DIGITS.matcher(reading.token(start - 1).word()).matches())
                || (end < reading.size() && BARE_DIGITS.matcher(reading.token(end).word()).matches());
    }

    private boolean nerSaysNotACount(Reading reading, int start, int end) {
        for (int k = start; k < end; k++) {
            if (lexicon.skipsNer(Tokens.ner(reading.token(k)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether only spaces stand between the number and the line ends on both sides: a label, not a count. */
    private static boolean aloneOnLine(String text, int start, int end) {
        if (start < 0 || end > text.length()) {
            return false;
        }
        int before = start - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) {
            before--;
        }
        int after = end;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        boolean lineStart = before < 0 || text.charAt(before) == '\n' || text.charAt(before) == '\r'
                || text.charAt(before) == '\f';
        boolean lineEnd = after >= text.length() || text.charAt(after) == '\n' || text.charAt(after) == '\r'
                || text.charAt(after) == '\f';
        return lineStart && lineEnd;
    }
}
