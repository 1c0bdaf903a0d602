package org.sitrep.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Token;
import org.sitrep.model.figure.FigureKind;
import org.sitrep.model.figure.Qualifier;

/**
 * Reads the number that starts at a token: digits ("173,000", "1.5"), words ("two hundred and fifty",
 * "twenty-five", "a dozen"), both ("4 million"), vague counts ("dozens", "tens of thousands", "several hundred")
 * and the glued suffixes that belong to them ("7,000-strong", "100-plus", "10-day"). Stateless and thread-safe.
 */
final class NumberReader {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Pattern DIGITS_WITH_SUFFIX =
            Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)[-\u2013](\\p{L}+)");
    private static final Pattern DIGIT_GROUP = Pattern.compile("\\d{3}");
    private static final Pattern LEADING_GROUP = Pattern.compile("\\d{1,3}");
    /** Spaces that some reports put between groups of digits ("4 500"); a plain space separates two numbers. */
    private static final String GROUP_SPACES = "\u00a0\u202f\u2009";

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
            "ninety", 90);
    private static final Map<String, Long> SCALES = Map.of(
            "dozen", 12L, "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

    private enum Last { NUMBER, UNIT, TENS, SCALE }

    private final FigureLexicon lexicon;

    NumberReader(FigureLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether a number can start at this token (used to see ranges: "10-20", "10 to 20"). */
    static boolean startsNumber(Token token) {
        String word = Tokens.word(token);
        return DIGITS.matcher(word).matches() || UNITS.containsKey(word) || TENS.containsKey(word);
    }

    Optional<NumberPhrase> read(List<Token> tokens, int start, String text) {
        Token first = tokens.get(start);
        int n = tokens.size();
        Optional<Long> plural = lexicon.vaguePlural(first);
        if (plural.isPresent()) {
            return Optional.of(readVaguePlural(tokens, start, plural.get()));
        }
        int afterIndefinite = lexicon.indefiniteEnd(tokens, start);
        if (afterIndefinite > 0) {
            Long scale = afterIndefinite < n ? SCALES.get(Tokens.word(tokens.get(afterIndefinite))) : null;
            return scale == null ? Optional.empty()
                    : Optional.of(vague(start, afterIndefinite + 1, lexicon.vagueMultiplier() * scale));
        }

        String word = Tokens.word(first);
        Accumulator number = new Accumulator();
        boolean digits = false;
        int next;
        Matcher suffixed = DIGITS_WITH_SUFFIX.matcher(first.word());
        if ((word.equals("a") || word.equals("an")) && start + 1 < n
                && SCALES.containsKey(Tokens.word(tokens.get(start + 1)))) {
            number.current = BigDecimal.ONE;
            number.last = Last.UNIT;
            next = start + 1;
        } else if (DIGITS.matcher(first.word()).matches()) {
            number.current = new BigDecimal(first.word().replace(",", ""));
            digits = true;
            next = start + 1;
            while (next < n && spaceGrouped(tokens.get(next - 1), tokens.get(next), text)) {
                number.current = number.current.multiply(BigDecimal.valueOf(1000))
                        .add(new BigDecimal(tokens.get(next).word()));
                next++;
            }
        } else if (suffixed.matches()) {
            // The tokenizer kept "7,000-strong" or "10-day" whole.
            BigDecimal value = new BigDecimal(suffixed.group(1).replace(",", ""));
            return Optional.of(withSuffix(start, start + 1, value, suffixed.group(2)));
        } else if (wordNumber(word).isPresent()) {
            number.current = BigDecimal.valueOf(wordNumber(word).get());
            number.last = TENS.containsKey(word) ? Last.TENS : Last.UNIT;
            next = start + 1;
        } else {
            return Optional.empty();
        }
        if (digits) {
            number.last = Last.NUMBER;
        }

        next = readRest(tokens, next, number, digits);
        boolean lone = word.equals("one") && next == start + 1;
        return Optional.of(suffixes(tokens, start, next, number, digits, lone));
    }

    /** Scale words and, for numbers in words, the words that continue them. */
    private int readRest(List<Token> tokens, int next, Accumulator number, boolean digits) {
        int n = tokens.size();
        while (next < n) {
            Token token = tokens.get(next);
            String word = Tokens.word(token);
            Long scale = SCALES.get(word);
            if (scale != null) {
                number.scale(scale);
                next++;
                continue;
            }
            if (digits) {
                break;
            }
            Integer unit = UNITS.get(word);
            Integer tens = TENS.get(word);
            if (number.last == Last.SCALE && (unit != null || tens != null)) {
                number.current = number.current.add(BigDecimal.valueOf(unit != null ? unit : tens));
                number.last = unit != null ? Last.UNIT : Last.TENS;
            } else if (number.last == Last.TENS && unit != null && unit > 0 && unit < 10) {
                number.current = number.current.add(BigDecimal.valueOf(unit));
                number.last = Last.UNIT;
            } else if (word.equals("and") && number.last == Last.SCALE && next + 1 < n
                    && wordNumber(Tokens.word(tokens.get(next + 1))).isPresent()) {
                // "two hundred and fifty": the next turn adds fifty
                next++;
                continue;
            } else if (Tokens.isDash(token) && number.last == Last.TENS && next + 1 < n
                    && Tokens.glued(tokens.get(next - 1), token) && Tokens.glued(token, tokens.get(next + 1))
                    && UNITS.getOrDefault(Tokens.word(tokens.get(next + 1)), 0) > 0
                    && UNITS.get(Tokens.word(tokens.get(next + 1))) < 10) {
                next++;
                continue;
            } else {
                break;
            }
            next++;
        }
        return next;
    }

    /** Glued suffixes after the number: "-strong", "-plus", "+", "-day"; and "strong" written apart. */
    private NumberPhrase suffixes(List<Token> tokens, int start, int next, Accumulator number, boolean digits,
                                  boolean lone) {
        int n = tokens.size();
        BigDecimal value = number.value();
        if (next + 1 < n && Tokens.isDash(tokens.get(next)) && Tokens.glued(tokens.get(next - 1), tokens.get(next))
                && Tokens.glued(tokens.get(next), tokens.get(next + 1))) {
            Token after = tokens.get(next + 1);
            if (startsNumber(after)) {
                // a range, "10-20": the extractor reads the second number itself
                return plain(start, next, number, digits, lone);
            }
            NumberPhrase suffixed = withSuffix(start, next + 2, value, after.word());
            return new NumberPhrase(start, next + 2, value, number.largestScale, false, false, digits,
                    suffixed.groupKind(), suffixed.postfix(), suffixed.compound());
        }
        if (next < n && Tokens.glued(tokens.get(next - 1), tokens.get(next))) {
            Optional<Qualifier> glued = lexicon.gluedQualifier(tokens.get(next).word());
            if (glued.isPresent()) {
                return new NumberPhrase(start, next + 1, value, number.largestScale, false, false, digits,
                        Optional.empty(), glued, false);
            }
        }
        if (next < n && Tokens.pos(tokens.get(next)).startsWith("JJ")) {
            Optional<FigureKind> group = lexicon.groupSuffix(tokens.get(next).word());
            if (group.isPresent()) {
                return new NumberPhrase(start, next + 1, value, number.largestScale, false, false, digits, group,
                        Optional.empty(), false);
            }
        }
        return plain(start, next, number, digits, lone);
    }

    private NumberPhrase withSuffix(int start, int end, BigDecimal value, String suffix) {
        Optional<FigureKind> group = lexicon.groupSuffix(suffix);
        Optional<Qualifier> postfix = group.isPresent() ? Optional.empty() : lexicon.gluedQualifier(suffix);
        boolean compound = group.isEmpty() && postfix.isEmpty();
        return new NumberPhrase(start, end, value, 1, false, false, true, group, postfix, compound);
    }

    private static NumberPhrase plain(int start, int end, Accumulator number, boolean digits, boolean lone) {
        return new NumberPhrase(start, end, number.value(), number.largestScale, false, lone, digits,
                Optional.empty(), Optional.empty(), false);
    }

    private NumberPhrase readVaguePlural(List<Token> tokens, int start, long unit) {
        long product = unit;
        int next = start + 1;
        // "tens of thousands", "hundreds of thousands"
        while (next + 1 < tokens.size() && Tokens.word(tokens.get(next)).equals("of")) {
            Optional<Long> more = lexicon.vaguePlural(tokens.get(next + 1));
            if (more.isEmpty()) {
                break;
            }
            product *= more.get();
            next += 2;
        }
        return vague(start, next, lexicon.vagueMultiplier() * product);
    }

    private static NumberPhrase vague(int start, int end, long value) {
        return new NumberPhrase(start, end, BigDecimal.valueOf(value), 1, true, false, false, Optional.empty(),
                Optional.empty(), false);
    }

    private static Optional<Integer> wordNumber(String word) {
        Integer simple = UNITS.containsKey(word) ? UNITS.get(word) : TENS.get(word);
        if (simple != null) {
            return Optional.of(simple);
        }
        // "twenty-five" kept as one token
        int dash = word.indexOf('-');
        if (dash > 0 && TENS.containsKey(word.substring(0, dash))) {
            Integer unit = UNITS.get(word.substring(dash + 1));
            if (unit != null && unit > 0 && unit < 10) {
                return Optional.of(TENS.get(word.substring(0, dash)) + unit);
            }
        }
        return Optional.empty();
    }

    /** "4 500" written with a no-break or thin space between the groups of one number. */
    private static boolean spaceGrouped(Token left, Token right, String text) {
        if (!LEADING_GROUP.matcher(left.word()).matches() && !DIGIT_GROUP.matcher(left.word()).matches()
                || !DIGIT_GROUP.matcher(right.word()).matches()) {
            return false;
        }
        int from = left.span().end();
        int to = right.span().start();
        if (to <= from || to > text.length()) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (GROUP_SPACES.indexOf(text.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Adds up a number read left to right: "two thousand five hundred" is (2 x 1000) + (5 x 100). */
    private static final class Accumulator {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        long largestScale = 1;
        Last last = Last.NUMBER;

        void scale(long scale) {
            BigDecimal base = current.signum() == 0 ? BigDecimal.ONE : current;
            if (scale < 1000) {
                current = base.multiply(BigDecimal.valueOf(scale));
            } else {
                total = total.add(base.multiply(BigDecimal.valueOf(scale)));
                current = BigDecimal.ZERO;
            }
            largestScale = Math.max(largestScale, scale);
            last = Last.SCALE;
        }

        BigDecimal value() {
            return total.add(current);
        }
    }
}
