package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;

/** Decides whether a document's text is hard-wrapped, from its line statistics. */
final class HardWraps {
    private HardWraps() {
    }

    /**
     * At least four lines, a median line length of at most 120 characters, and at least a fifth of the lines
     * (and at least two) broken inside a sentence, that is, followed directly by a line that starts in lower case
     * while they do not end in sentence punctuation.
     */
    static boolean looksHardWrapped(List<String> lines) {
        List<Integer> lengths = new ArrayList<>();
        int midSentenceBreaks = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || Lines.isPageBreak(line)) {
                continue;
            }
            lengths.add(line.length());
            if (i + 1 < lines.size()) {
                String next = lines.get(i + 1).strip();
                if (!next.isEmpty() && Character.isLowerCase(next.codePointAt(0)) && !Lines.endsSentence(line)) {
                    midSentenceBreaks++;
                }
            }
        }
        if (lengths.size() < 4) {
            return false;
        }
        lengths.sort(null);
        int median = lengths.get(lengths.size() / 2);
        return median <= 120 && midSentenceBreaks >= 2 && midSentenceBreaks >= 0.2 * lengths.size();
    }
}
