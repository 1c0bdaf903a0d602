package org.sitrep.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Token;
import org.sitrep.model.text.TextFold;

/**
 * Where a name's mention starts and ends once the words around it that still name it are included: a person's
 * titles and descriptors, an organisation's adjectives, possessive and head noun, and the capitalised
 * continuation the tagger cut off. Stateless and thread-safe.
 */
final class NameBounds {
    private static final Set<String> ORGANISATION_HEADS = Set.of("party", "forces", "fighters", "troops",
            "rebels", "militants", "leaders", "units", "militia", "militias");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "de", "du", "des", "la", "le",
            "pour", "et", "l'", "d'");

    private final ActorDictionary dictionary;

    NameBounds(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * The tagger often stops an organisation's name early ("National Committee | for the Salvation of the
     * People"): extend it over connectors followed by capitalised words.
     */
    int extendName(List<Token> tokens, int end) {
        int current = end;
        while (current < tokens.size()) {
            int next = current;
            while (next < tokens.size() && CONNECTORS.contains(tokens.get(next).word().toLowerCase(
                    Locale.ROOT))) {
                next++;
            }
            if (next == current || next >= tokens.size() || !capitalisedName(tokens.get(next))) {
                return current;
            }
            while (next < tokens.size() && capitalisedName(tokens.get(next))) {
                next++;
            }
            current = next;
        }
        return current;
    }

    private static boolean capitalisedName(Token token) {
        String word = token.word();
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && !"DATE".equals(token.ner())
                && !"NUMBER".equals(token.ner()) && (token.pos().startsWith("NN") || token.pos().equals("JJ"));
    }

    /**
     * Where a person's mention starts once the descriptors before the name are included: titles and the
     * nouns, adjectives and possessives that introduce the name ("Malian Foreign Minister", "Senegal's
     * President", "former Burkinabè premier", "the maverick", "first lady"). The word just before the name must be a
     * title or a noun, so a stray adjective is not taken for a descriptor.
     */
    int descriptorStart(List<Token> tokens, int first) {
        int start = first;
        int t = first - 1;
        while (t >= 0 && first - t <= 6 && isDescriptor(tokens.get(t))) {
            t--;
        }
        int runStart = t + 1;
        if (runStart < first) {
            Token last = tokens.get(first - 1);
            boolean introduces = last.pos().startsWith("NN") || dictionary.isTitle(TextFold.name(last.word()));
            if (introduces) {
                start = runStart;
                while (start < first && (tokens.get(start).pos().equals("POS")
                        || tokens.get(start).pos().equals("HYPH"))) {
                    start++;
                }
                if (start > 0 && tokens.get(start - 1).pos().equals("DT")) {
                    start--;
                }
            }
        }
        return start;
    }

    private boolean isDescriptor(Token token) {
        String pos = token.pos();
        if (!"O".equals(token.ner()) && !"LOCATION".equals(token.ner()) && !"MISC".equals(token.ner())
                && !"ORGANIZATION".equals(token.ner()) && !"TITLE".equals(token.ner())
                && !"ORDINAL".equals(token.ner())) {
            return false;
        }
        return pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("POS") || pos.equals("HYPH")
                || dictionary.isTitle(TextFold.name(token.word()));
    }

    /** Adjectives and a possessive before an organisation's name: "the small SADI party", "Mali's". */
    int organisationStart(List<Token> tokens, int first) {
        int t = first - 1;
        while (t >= 0 && first - t <= 3 && (tokens.get(t).pos().startsWith("JJ") || tokens.get(t).pos()
                .equals("POS") || tokens.get(t).word().toLowerCase(Locale.ROOT).endsWith("-strong")
                || tokens.get(t).pos().equals("NNP") && t + 1 < first && tokens.get(t + 1).pos().equals("POS"))) {
            t--;
        }
        int start = t + 1;
        while (start < first && tokens.get(start).pos().equals("POS")) {
            start++;
        }
        if (start < first && start > 0 && tokens.get(start - 1).pos().equals("DT")) {
            start--;
        }
        return start;
    }

    /** A head noun after an organisation's name that still names it: "MNLA forces", "SADI party". */
    int organisationEnd(List<Token> tokens, int end) {
        if (end < tokens.size() && ORGANISATION_HEADS.contains(tokens.get(end).word().toLowerCase(
                Locale.ROOT))) {
            return end + 1;
        }
        return end;
    }
}
