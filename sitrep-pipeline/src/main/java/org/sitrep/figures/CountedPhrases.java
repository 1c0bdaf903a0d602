package org.sitrep.figures;

import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Token;

/**
 * What a number counts: the noun phrase after it ("civilians", "of its troops", "30 dead"), else a collective
 * noun before it ("a population of 14.5 million", "the death toll rose to 30"). Stateless and thread-safe.
 */
final class CountedPhrases {
    private static final Set<String> PARTITIVE_PRONOUNS = Set.of("them", "us", "those", "whom");

    private final FigureLexicon lexicon;

    CountedPhrases(FigureLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The counted noun phrase starting at {@code from}: "civilians", "of its troops", "30 dead". */
    Optional<CountedPhrase> countedAt(Reading reading, int from, NumberPhrase number) {
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
    Optional<CountedPhrase> collectiveBefore(Reading reading, int phraseStart, int numberStart,
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
}
