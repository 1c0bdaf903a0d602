package org.sitrep.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventMention;

/** Whether a mention's sentence has one of a list of words (or phrases) near the event's trigger. */
final class Cues {
    private Cues() {
    }

    /** True when some mention has a cue within {@code window} words of its trigger (anywhere if no trigger). */
    static boolean near(Event event, List<String> cues, int window) {
        if (cues.isEmpty()) {
            return false;
        }
        for (EventMention mention : event.mentions()) {
            if (mention.text() == null) {
                continue;
            }
            List<String> words = words(mention.text());
            int trigger = mention.trigger() == null ? -1 : indexOf(words, words(mention.trigger()));
            for (String cue : cues) {
                List<String> cueWords = words(cue);
                for (int i = 0; i + cueWords.size() <= words.size(); i++) {
                    if (words.subList(i, i + cueWords.size()).equals(cueWords)
                            && (trigger < 0 || Math.abs(i - trigger) <= window)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int indexOf(List<String> words, List<String> phrase) {
        if (phrase.isEmpty()) {
            return -1;
        }
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            if (words.subList(i, i + phrase.size()).equals(phrase)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
