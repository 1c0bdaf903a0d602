package org.sitrep.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.figures.FigureLexicon.QualifierMatch;
import org.sitrep.model.Issue;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.model.figure.Figure;
import org.sitrep.model.figure.FigureKind;
import org.sitrep.model.figure.Qualifier;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Finds the numbers a report gives with what they count: "at least 40 of its troops" is a {@link Figure} of 40,
 * {@link Qualifier#AT_LEAST}, counting "troops", kind {@link FigureKind#TROOPS}.
 *
 * <p>For each number in a sentence it reads the qualifier before it ("almost", "up to") or after it ("or more"),
 * a range ("between 10 and 20", "10-20"), and the counted noun phrase after it, directly or after "of" ("dozens of
 * civilians"). The kind comes from the governing clause first ("five soldiers were wounded" is injured), then from
 * the noun ({@link KindResolver}). Numbers that are not counts are left out: dates, years, times, money, shares,
 * ordinals, measures, list and footnote labels, phone numbers and ids, and numbers inside names ("June 5
 * Movement").
 *
 * <p>Decisions worth knowing:
 * <ul>
 *   <li>Vague counts ("dozens", "hundreds of thousands", "several hundred") are kept with {@link Qualifier#SOME}
 *       and the smallest value the words allow ("dozens" is 24), when something is counted.</li>
 *   <li>A range keeps its lower end as the value, with {@link Qualifier#AT_LEAST} unless a qualifier says
 *       otherwise; the span covers the whole range. "from 10 to 20" is a change, so only 20 is kept.</li>
 *   <li>Fractions ("two-thirds of the territory") and decimals without a scale word ("7.5") are not counts.</li>
 *   <li>A bare number is kept only when its clause says what it counts ("killing more than 100": dead); its
 *       counted text is then empty.</li>
 * </ul>
 *
 * <p>Reads the {@code TOKENS} layer (words, lemmas, Penn tags, NER tags, basic dependencies). Stateless and
 * thread-safe.
 */
public final class FigureExtractor implements Stage {
    public static final String NAME = "figures";

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern LEADING_ZERO_OR_PLUS = Pattern.compile("(\\+|0\\d).*");
    private static final Pattern LONG_DIGITS = Pattern.compile("\\d{7,}");
    private static final Pattern BARE_DIGITS = Pattern.compile("\\d+");
    /** Characters after which a number glued to the previous token is a footnote or part of a code. */
    private static final String FOOTNOTE_LEFT = ".,;:)]\u201d\u2019\u00b0#/-\u2013";
    /** NER tags a number can carry without being part of a name. */
    private static final Set<String> NUMERIC_NER = Set.of("O", "NUMBER");
    private static final Set<String> PARTITIVE_PRONOUNS = Set.of("them", "us", "those", "whom");
    private static final Set<String> LIST_CLOSERS = Set.of(".", ")", ":", "-rrb-");
    private static final Set<String> OPENING_BRACKETS = Set.of("(", "[", "-lrb-", "-lsb-");
    private static final Set<String> CLOSING_BRACKETS = Set.of(")", "]", "-rrb-", "-rsb-");

    private final FigureLexicon lexicon;
    private final NumberReader numbers;
    private final KindResolver kinds;

    /** An extractor over the default word lists. */
    public FigureExtractor() {
        this(FigureLexicon.defaults());
    }

    public FigureExtractor(FigureLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.numbers = new NumberReader(lexicon);
        this.kinds = new KindResolver(lexicon);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.FIGURES);
    }

    @Override
    public void apply(AnalysedDocument document) {
        List<Sentence> sentences = document.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            int sentenceIndex = sentences.get(i).index();
            try {
                document.addFigures(extract(sentenceIndex, document.tokens(i), document.text()));
            } catch (IndexOutOfBoundsException e) {
                // Token offsets outside the text are an upstream data problem of this document.
                document.addIssue(new Issue("figures_bad_tokens", NAME,
                        "sentence " + sentenceIndex + ": token offsets outside the text: " + e.getMessage()));
            }
        }
    }

    /**
     * The figures of one sentence, in text order.
     *
     * @param tokens the sentence's tokens; {@link Token#head()} indexes into this list
     * @param documentText the whole document's text, which the tokens' spans point into
     */
    public List<Figure> extract(int sentenceIndex, List<Token> tokens, String documentText) {
        List<Figure> figures = new ArrayList<>();
        Reading reading = new Reading(sentenceIndex, tokens, documentText, lexicon.isMilitaryContext(tokens));
        int i = 0;
        while (i < tokens.size()) {
            Optional<NumberPhrase> number = numbers.read(tokens, i, documentText);
            if (number.isEmpty()) {
                i++;
                continue;
            }
            i = Math.max(i + 1, figureAt(reading, number.get(), figures));
        }
        return figures;
    }

    /** One sentence being read. */
    private record Reading(int sentence, List<Token> tokens, String text, boolean military) {
        Token token(int index) {
            return tokens.get(index);
        }

        String word(int index) {
            return index >= 0 && index < tokens.size() ? Tokens.word(tokens.get(index)) : "";
        }

        int size() {
            return tokens.size();
        }
    }

    /** Adds the figure whose number is {@code number}, if it is one, and returns where reading goes on. */
    private int figureAt(Reading reading, NumberPhrase number, List<Figure> figures) {
        int start = number.start();
        if (number.compound()) {
            return number.end();
        }

        // A range: "10-20", "10 to 20", "between 10 and 20". "from 10 to 20" is a change: the second number counts.
        NumberPhrase upper = null;
        int rangeStart = start;
        if (!number.vague() && number.end() + 1 < reading.size()) {
            String link = reading.word(number.end());
            boolean between = reading.word(start - 1).equals("between") && link.equals("and");
            if (between || Tokens.isDash(reading.token(number.end())) || link.equals("to")) {
                Optional<NumberPhrase> second = numbers.read(reading.tokens(), number.end() + 1, reading.text())
                        .filter(p -> !p.vague() && !p.compound());
                if (second.isPresent()) {
                    if (reading.word(start - 1).equals("from")) {
                        return number.end();
                    }
                    upper = second.get();
                    rangeStart = between ? start - 1 : start;
                }
            }
        }
        NumberPhrase last = upper == null ? number : upper;
        int numberEnd = last.end();
        BigDecimal value = number.value();
        if (upper != null && number.scale() == 1 && upper.scale() > 1) {
            value = value.multiply(BigDecimal.valueOf(upper.scale()));
        }
        if (notACount(reading, number, numberEnd, value)) {
            return numberEnd;
        }
        boolean doubtful = doubtful(reading, number, numberEnd, upper == null);

        Optional<QualifierMatch> before = rangeStart == start
                ? lexicon.qualifierBefore(reading.tokens(), start) : Optional.empty();
        int phraseStart = before.map(QualifierMatch::start).orElse(rangeStart);
        Optional<QualifierMatch> after = lexicon.qualifierAfter(reading.tokens(), numberEnd);
        int countedFrom = after.map(QualifierMatch::end).orElse(numberEnd);
        Optional<Qualifier> postfix = last.postfix().or(() -> after.map(QualifierMatch::qualifier));
        Qualifier qualifier = before.map(QualifierMatch::qualifier)
                .or(() -> postfix)
                .orElse(upper != null ? Qualifier.AT_LEAST : number.vague() ? Qualifier.SOME : Qualifier.EXACT);

        Optional<FigureKind> groupKind = last.groupKind().or(number::groupKind);
        Optional<CountedPhrase> counted = countedAt(reading, countedFrom, number);
        if (counted.isPresent()) {
            if (!plausibleCount(reading, counted.get(), value, groupKind, doubtful)) {
                return numberEnd;
            }
        } else {
            if (doubtful || number.lone()) {
                return numberEnd;
            }
            counted = collectiveBefore(reading, phraseStart, start, numberEnd);
        }

        int end = counted.filter(c -> !c.collective()).map(c -> c.head() + 1).orElse(countedFrom);
        Optional<FigureKind> kind = kinds.resolve(reading.tokens(), start, numberEnd, phraseStart, end, counted,
                groupKind, reading.military());
        if (kind.isEmpty() || (kind.get() == FigureKind.OTHER && value.compareTo(BigDecimal.ONE) == 0)) {
            return numberEnd;
        }
        if (value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
            int spanStart = counted.filter(CountedPhrase::collective).map(c -> Math.min(c.start(), phraseStart))
                    .orElse(phraseStart);
            figures.add(figure(reading, spanStart, end, value.longValueExact(), qualifier, counted, kind.get()));
        }
        return numberEnd;
    }

    /** Tokens {@code [start, end)} as a figure, with the text and counted words taken from the document. */
    private static Figure figure(Reading reading, int start, int end, long value, Qualifier qualifier,
                                 Optional<CountedPhrase> counted, FigureKind kind) {
        Span span = new Span(reading.token(start).span().start(), reading.token(end - 1).span().end());
        String countedText = counted.map(c -> reading.text().substring(reading.token(c.start()).span().start(),
                reading.token(c.head()).span().end())).orElse("");
        return new Figure(reading.sentence(), span, reading.text().substring(span.start(), span.end()), value,
                qualifier, countedText, kind);
    }

    /**
     * Signs that a number may be a date, a name or a label rather than a count: an NER tag such as DATE, a
     * capitalised proper noun right before it ("Report 92"), a year's shape. A counted noun of a known kind
     * overrules them ("some 2000 people" tagged DATE).
     */
    private boolean doubtful(Reading reading, NumberPhrase number, int numberEnd, boolean single) {
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
    private boolean notACount(Reading reading, NumberPhrase number, int numberEnd, BigDecimal value) {
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

    /** Checks the counted noun: not a unit, a name or a singular that a year or label would precede. */
    private boolean plausibleCount(Reading reading, CountedPhrase counted, BigDecimal value,
                                   Optional<FigureKind> groupKind, boolean doubtful) {
        Token head = reading.token(counted.head());
        if (lexicon.isNotCounted(head) || lexicon.isPercentAt(reading.tokens(), counted.start())) {
            return false; // "300 km", "nine months", "two thirds", "12 per cent"
        }
        Optional<FigureKind> known = kinds.countedKind(reading.tokens(), counted, reading.military());
        if (Tokens.isProperName(head) && known.isEmpty()) {
            return false; // "the June 5 Movement"
        }
        String ner = Tokens.ner(head);
        if (ner.equals("DATE") || ner.equals("TIME")) {
            return false;
        }
        boolean knownKind = known.filter(k -> k != FigureKind.OTHER).isPresent();
        boolean plural = Tokens.pos(head).equals("NNS") || Tokens.pos(head).equals("NNPS");
        if (doubtful && !(knownKind && (plural || groupKind.isPresent()))) {
            return false; // "Resolution 2085", "the 2012 coup", "some 2000 people" tagged DATE is kept
        }
        // A singular common noun after a number above one is not what the number counts: "the 2012 coup".
        return !(Tokens.pos(head).equals("NN") && value.compareTo(BigDecimal.ONE) != 0 && known.isEmpty()
                && groupKind.isEmpty() && !counted.partitive());
    }

    /** The counted noun phrase starting at {@code from}: "civilians", "of its troops", "30 dead". */
    private Optional<CountedPhrase> countedAt(Reading reading, int from, NumberPhrase number) {
        if (from >= reading.size()) {
            return Optional.empty();
        }
        if (reading.word(from).equals("of")) {
            int k = from + 1;
            while (k < reading.size()) {
                String pos = Tokens.pos(reading.token(k));
                if (pos.equals("DT") || pos.equals("PDT") || pos.equals("PRP$") || pos.equals("POS")
                        || pos.equals("WP$")) {
                    k++;
                } else if (Tokens.isProperNoun(reading.token(k)) && Tokens.pos(reading.token(k + 1 < reading.size()
                        ? k + 1 : k)).equals("POS")) {
                    k += 2; // "of Mali's soldiers"
                } else {
                    break;
                }
            }
            if (k >= reading.size()) {
                return Optional.empty();
            }
            int npStart = k;
            if (Tokens.pos(reading.token(k)).equals("PRP") && PARTITIVE_PRONOUNS.contains(reading.word(k))) {
                return Optional.of(new CountedPhrase(k, k, true, false));
            }
            return nounPhraseHead(reading, k, true).map(head -> new CountedPhrase(npStart, head, true, false));
        }
        Optional<Integer> head = nounPhraseHead(reading, from, false);
        Optional<Integer> parsed = nummodHead(reading, number, from);
        if (parsed.isPresent() && (head.isEmpty() || parsed.get() > head.get())) {
            head = parsed; // "sixteen harmless Malian and Mauritanian preachers"
        }
        if (head.isPresent()) {
            return Optional.of(new CountedPhrase(from, head.get(), false, false));
        }
        // "30 dead", "12 wounded": the adjective is what is counted
        boolean nounFollows = from + 1 < reading.size() && Tokens.isNoun(reading.token(from + 1));
        if (!number.lone() && lexicon.adjectiveKind(reading.token(from)).isPresent() && !nounFollows) {
            return Optional.of(new CountedPhrase(from, from, false, false));
        }
        return Optional.empty();
    }

    /**
     * The last noun of the noun phrase at {@code from}: premodifiers (adjectives, participles), then a run of
     * nouns. A common noun does not run on into a name ("12 soldiers Monday"), nor a plural into a singular.
     */
    private Optional<Integer> nounPhraseHead(Reading reading, int from, boolean allowNumbers) {
        int lastNoun = -1;
        for (int k = from; k < reading.size() && k < from + 6; k++) {
            Token token = reading.token(k);
            String pos = Tokens.pos(token);
            if (Tokens.isNoun(token)) {
                String ner = Tokens.ner(token);
                boolean dateLike = ner.equals("DATE") || ner.equals("TIME");
                Token previous = lastNoun >= 0 ? reading.token(lastNoun) : null;
                if (previous != null && (dateLike || Tokens.isProperNoun(token) && !Tokens.isProperNoun(previous)
                        // a plural rarely modifies the next noun: "7 aid workers hostage"
                        || Tokens.pos(previous).equals("NNS") && !Tokens.pos(token).equals("NNS"))) {
                    break;
                }
                lastNoun = k;
                continue;
            }
            if (lastNoun >= 0) {
                break;
            }
            boolean premodifier = pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("VBG")
                    || (allowNumbers && pos.equals("CD"))
                    || (pos.startsWith("RB") && k + 1 < reading.size() && modifiesAdjective(reading.token(k + 1)))
                    || (Tokens.isDash(token) && k > from && k + 1 < reading.size()
                            && Tokens.glued(reading.token(k - 1), token) && Tokens.glued(token, reading.token(k + 1)));
            if (!premodifier) {
                break;
            }
        }
        return lastNoun >= 0 ? Optional.of(lastNoun) : Optional.empty();
    }

    /** "heavily armed", "privately-owned": an adverb inside a noun phrase leans on an adjective. */
    private static boolean modifiesAdjective(Token next) {
        String pos = Tokens.pos(next);
        return pos.startsWith("JJ") || pos.equals("VBN") || Tokens.isDash(next);
    }

    /**
     * The noun the parser attaches the number to ({@code nummod}), when it stands a little to the right and only
     * modifiers, conjunctions and nouns lie between: what the surface reading misses in coordinated modifiers
     * and in participles tagged as past tense ("several hundred displaced/VBD people").
     */
    private static Optional<Integer> nummodHead(Reading reading, NumberPhrase number, int from) {
        int last = number.end() - 1;
        if (!Tokens.relation(reading.token(last)).equals("nummod")) {
            return Optional.empty();
        }
        int head = Tokens.head(reading.tokens(), last);
        if (head < from || head > from + 8 || !Tokens.isNoun(reading.token(head))) {
            return Optional.empty();
        }
        for (int k = from; k < head; k++) {
            Token between = reading.token(k);
            String pos = Tokens.pos(between);
            boolean modifier = pos.startsWith("JJ") || pos.startsWith("RB") || pos.startsWith("NN")
                    || pos.equals("VBN") || pos.equals("VBG") || pos.equals("CC") || pos.equals("HYPH")
                    || Tokens.isDash(between) || Tokens.relation(between).equals("amod");
            if (!modifier) {
                return Optional.empty();
            }
        }
        return Optional.of(head);
    }

    /**
     * A noun before the number that names what it counts: "a population of 14.5 million", "the death toll rose
     * to 30", "the toll is 30".
     */
    private Optional<CountedPhrase> collectiveBefore(Reading reading, int phraseStart, int numberStart,
                                                     int numberEnd) {
        int of = phraseStart - 1;
        if (of >= 1 && reading.word(of).equals("of") && Tokens.isNoun(reading.token(of - 1))
                && lexicon.collective(reading.token(of - 1)).isPresent()) {
            return Optional.of(new CountedPhrase(modifiersStart(reading, of - 1), of - 1, false, true));
        }
        int anchor = KindResolver.outsideHead(reading.tokens(), numberStart, numberEnd);
        if (anchor < 0) {
            return Optional.empty();
        }
        String relation = Tokens.relation(reading.token(anchor));
        int clause = Set.of("obl", "obj", "dobj", "xcomp", "nmod").contains(relation)
                ? Tokens.head(reading.tokens(), anchor) : anchor;
        if (clause < 0) {
            return Optional.empty();
        }
        for (int k = 0; k < phraseStart; k++) {
            if (Tokens.head(reading.tokens(), k) == clause && Tokens.relation(reading.token(k)).equals("nsubj")
                    && Tokens.isNoun(reading.token(k)) && lexicon.collective(reading.token(k)).isPresent()) {
                return Optional.of(new CountedPhrase(modifiersStart(reading, k), k, false, true));
            }
        }
        return Optional.empty();
    }

    /** Start of the common nouns and adjectives before a noun: "death toll", "total population". */
    private static int modifiersStart(Reading reading, int head) {
        int k = head;
        while (k - 1 >= 0) {
            Token before = reading.token(k - 1);
            String pos = Tokens.pos(before);
            if (!(pos.equals("NN") || pos.equals("NNS") || pos.startsWith("JJ"))) {
                break;
            }
            k--;
        }
        return k;
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
