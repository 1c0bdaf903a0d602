package org.sitrep.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * <p>Reads the {@code SENTENCES} and {@code TOKENS} layers (words, lemmas, Penn tags, NER tags, basic
 * dependencies). Stateless and thread-safe.
 */
public final class FigureExtractor implements Stage {
    public static final String NAME = "figures";

    private final FigureLexicon lexicon;
    private final NumberReader numbers;
    private final KindResolver kinds;
    private final NonCounts nonCounts;
    private final CountedPhrases countedPhrases;

    /** An extractor over the default word lists. */
    public FigureExtractor() {
        this(FigureLexicon.defaults());
    }

    public FigureExtractor(FigureLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.numbers = new NumberReader(lexicon);
        this.kinds = new KindResolver(lexicon);
        this.nonCounts = new NonCounts(lexicon);
        this.countedPhrases = new CountedPhrases(lexicon);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS);
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
        if (nonCounts.notACount(reading, number, numberEnd, value)) {
            return numberEnd;
        }
        boolean doubtful = nonCounts.doubtful(reading, number, numberEnd, upper == null);

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
        Optional<CountedPhrase> counted = countedPhrases.countedAt(reading, countedFrom, number);
        if (counted.isPresent()) {
            if (!plausibleCount(reading, counted.get(), value, groupKind, doubtful)) {
                return numberEnd;
            }
        } else {
            if (doubtful || number.lone()) {
                return numberEnd;
            }
            counted = countedPhrases.collectiveBefore(reading, phraseStart, start, numberEnd);
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
}
