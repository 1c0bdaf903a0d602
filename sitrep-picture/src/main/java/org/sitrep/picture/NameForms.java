package org.sitrep.picture;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether the long forms reports give one actor are two names: each a proper name (not a description), in one
 * language (not a translation), differing in enough words (not one word rendered two ways), given by two
 * reports. The words and thresholds are {@code picture.yaml}'s {@code names}. Stateless.
 */
final class NameForms {
    private final PictureRules.NameRules rules;

    NameForms(PictureRules.NameRules rules) {
        this.rules = rules;
    }

    /**
     * A proper name: some use of it has mostly capitalised words, or is quoted, or defines an acronym ("... (ABC)").
     */
    boolean isName(List<NameUse> uses) {
        for (NameUse use : uses) {
            List<String> words = Arrays.stream(use.name().split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                    .filter(w -> !functionWord(w)).toList();
            long capitalised = words.stream().filter(w -> Character.isUpperCase(w.codePointAt(0))).count();
            if (!words.isEmpty() && capitalised >= rules.minCapitalisedShare() * words.size()) {
                return true;
            }
            if (quotedOrDefining(use)) {
                return true;
            }
        }
        return false;
    }

    /** Two names, each of its own reports, in one language, differing in at least the minimum of words. */
    boolean disagree(List<NameUse> a, List<NameUse> b) {
        boolean twoReports = a.stream().anyMatch(x -> b.stream().anyMatch(y -> !x.docId().equals(y.docId())));
        if (!twoReports) {
            return false;
        }
        String language = language(a.get(0).name());
        String other = language(b.get(0).name());
        if (language != null && other != null && !language.equals(other)) {
            return false;
        }
        return differing(ContradictionFinder.words(properName(a.get(0).name())),
                ContradictionFinder.words(properName(b.get(0).name()))) >= rules.minDifferingWords();
    }

    /**
     * The name a form gives after the description that introduces it: "the splinter group Movement for Unity" is
     * "Movement for Unity". Only a form opening on a function word ("the") has one; the description ends at its last
     * word in lower case that is no function word, and what follows must open on a capital ("Front de libération
     * du Sahel" keeps its words).
     */
    String properName(String form) {
        String[] words = form.strip().split("\\s+");
        if (words.length < 2 || !functionWord(words[0])) {
            return form;
        }
        int last = -1;
        for (int i = 1; i < words.length; i++) {
            String word = words[i];
            if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && !functionWord(word)) {
                last = i;
            }
        }
        if (last < 0 || last + 1 >= words.length || !Character.isUpperCase(words[last + 1].codePointAt(0))) {
            return form;
        }
        return String.join(" ", Arrays.asList(words).subList(last + 1, words.length));
    }

    private boolean quotedOrDefining(NameUse use) {
        String sentence = use.sentenceText();
        if (sentence == null) {
            return false;
        }
        int at = sentence.indexOf(use.name());
        if (at < 0) {
            return false;
        }
        String before = sentence.substring(0, at).stripTrailing();
        String after = sentence.substring(at + use.name().length()).stripLeading();
        boolean quoted = !before.isEmpty() && "'\"‘“«".indexOf(before.charAt(before.length() - 1)) >= 0;
        return quoted || after.matches("^['\"’”»]?\\s*\\(\\s*\\p{Lu}[\\p{Lu}\\p{N}-]+\\s*\\).*");
    }

    /** The language whose function words the form uses most, or null when it uses none or ties. */
    String language(String form) {
        List<String> words = folded(form);
        String best = null;
        long bestCount = 0;
        boolean tie = false;
        for (Map.Entry<String, Set<String>> language : rules.languages().entrySet()) {
            long count = words.stream().filter(language.getValue()::contains).count();
            if (count > bestCount) {
                best = language.getKey();
                bestCount = count;
                tie = false;
            } else if (count == bestCount && count > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private boolean functionWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return rules.languages().values().stream().anyMatch(words -> words.contains(lower));
    }

    /** Words of either form with no counterpart in the other, the larger count of the two. */
    private static int differing(List<String> a, List<String> b) {
        return Math.max(unmatched(a, b), unmatched(b, a));
    }

    private static int unmatched(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(b);
        int count = 0;
        for (String word : a) {
            String match = rest.stream().filter(other -> ContradictionFinder.sameName(word, other)).findFirst()
                    .orElse(null);
            if (match == null) {
                count++;
            } else {
                rest.remove(match);
            }
        }
        return count;
    }

    private static List<String> folded(String form) {
        String text = Normalizer.normalize(form, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
