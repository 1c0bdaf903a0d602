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
    /** Nouns of an organisation's kind that introduce its name after an article: "the rebel group X". */
    private static final Set<String> GROUP_NOUNS = Set.of("group", "movement", "organisation", "organization",
            "faction", "militia", "coalition", "alliance", "party");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "de", "du", "des", "la", "le",
            "pour", "et", "l'", "d'");

    /** How many words before a person's name may still describe them. */
    private static final int MAX_DESCRIPTOR = 8;

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
     * President", "former Burkinabè premier", "the maverick", "first lady"), a title's own "of" or "for"
     * ("secretary of state"), the name a possessive or a title is of, whatever the tagger made of it ("Ansar
     * Dine leader", "Tandy's son"), and a possessive pronoun before them ("his son"). The word just before the
     * name must be a title, a noun or a possessive, so a stray adjective is not taken for a descriptor.
     */
    int descriptorStart(List<Token> tokens, int first) {
        // "Burkina Faso's foreign minister, Alpha Barry": a title set off by a comma before the name describes it.
        if (first >= 2 && tokens.get(first - 1).word().equals(",") && isTitleWord(tokens.get(first - 2))) {
            int before = descriptorStart(tokens, first - 1);
            if (before < first - 1) {
                return before;
            }
        }
        int start = first;
        int t = first - 1;
        boolean owner = false;
        while (t >= 0 && first - t <= MAX_DESCRIPTOR) {
            Token token = tokens.get(t);
            owner = t + 1 < first && token.pos().startsWith("NNP")
                    && (owner || tokens.get(t + 1).pos().equals("POS") || isTitleWord(tokens.get(t + 1)));
            if (!owner && !isDescriptor(token) && !titleConnector(tokens, t, first)
                    && !titleArticle(tokens, t, first)) {
                break;
            }
            t--;
        }
        int runStart = t + 1;
        if (runStart < first) {
            Token last = tokens.get(first - 1);
            boolean introduces = last.pos().startsWith("NN") || isTitleWord(last)
                    || last.pos().equals("POS") && first - 2 >= runStart
                    && tokens.get(first - 2).pos().startsWith("NNP");
            if (introduces) {
                start = runStart;
                while (start < first && (tokens.get(start).pos().equals("POS")
                        || tokens.get(start).pos().equals("HYPH") || CONNECTORS.contains(lower(tokens.get(start))))) {
                    start++;
                }
                if (start > 0 && start < first && (tokens.get(start - 1).pos().equals("DT")
                        || tokens.get(start - 1).pos().equals("PRP$"))) {
                    start--;
                }
            }
        }
        return start;
    }

    /** "of" or "for" inside a title: after a title word, before more of the descriptor ("secretary of state"). */
    private boolean titleConnector(List<Token> tokens, int t, int first) {
        String word = lower(tokens.get(t));
        return (word.equals("of") || word.equals("for")) && t > 0 && t + 1 < first
                && (!tokens.get(t + 1).pos().equals("DT") || titleArticle(tokens, t + 1, first))
                && isTitleWord(tokens.get(t - 1));
    }

    /**
     * The article of a named body a title is of ("the leader of the Front X", "the head of the CNSP X"): the
     * title, its "of" and the body's name all describe the person named after them.
     */
    private boolean titleArticle(List<Token> tokens, int t, int first) {
        return lower(tokens.get(t)).equals("the") && t >= 2 && t + 1 < first
                && tokens.get(t + 1).pos().startsWith("NNP")
                && (lower(tokens.get(t - 1)).equals("of") || lower(tokens.get(t - 1)).equals("for"))
                && isTitleWord(tokens.get(t - 2));
    }

    private boolean isTitleWord(Token token) {
        return dictionary.isTitle(TextFold.name(token.word()));
    }

    private static String lower(Token token) {
        return token.word().toLowerCase(Locale.ROOT);
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

    /**
     * Adjectives and a possessive before an organisation's name ("the small SADI party", "Mali's"), and a noun
     * of its kind that introduces it with its own adjectives ("the jihadist group Ansar Dine", "the Chadian
     * movement X").
     */
    int organisationStart(List<Token> tokens, int first) {
        int t = first - 1;
        if (t >= 0 && GROUP_NOUNS.contains(lower(tokens.get(t)))) {
            t--;
            while (t >= 0 && first - t <= 4 && (tokens.get(t).pos().startsWith("JJ")
                    || tokens.get(t).pos().equals("NN") || tokens.get(t).pos().equals("NNP")
                    || tokens.get(t).pos().equals("NNPS"))) {
                t--;
            }
            if (t >= 0 && tokens.get(t).pos().equals("DT")) {
                return t;
            }
            t = first - 1;
        }
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
