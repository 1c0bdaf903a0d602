package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Sentence;
import org.sitrep.pipeline.AnalysedDocument;

/**
 * The sentences of editorial notes: a paragraph that opens with a label of status.yaml {@code editorial_labels}
 * followed by a colon or a bracket ("Correction (May 3rd): This article originally stated that ...") tells what the
 * text got wrong, not events; it and the rest of its paragraph found none. Immutable.
 */
final class EditorialNotes {
    /** What follows a label that opens a note: its date in brackets, or a colon (a dash in some house styles). */
    private static final String AFTER_LABEL = "([:(\\[\u2013\u2014-]).*";

    private final boolean[] inNote;

    EditorialNotes(AnalysedDocument document, EventDates dates, Set<String> labels) {
        List<Sentence> sentences = document.sentences();
        inNote = new boolean[sentences.size()];
        boolean note = false;
        for (int s = 0; s < sentences.size(); s++) {
            if (dates.opensParagraph(s)) {
                note = labelled(sentences.get(s).text(), labels);
            }
            inNote[s] = note;
        }
    }

    /** Whether the sentence belongs to an editorial note. */
    boolean inNote(int sentence) {
        return sentence >= 0 && sentence < inNote.length && inNote[sentence];
    }

    private static boolean labelled(String sentence, Set<String> labels) {
        String text = sentence.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (String label : labels) {
            if (text.startsWith(label) && text.substring(label.length()).strip().matches("(?s)" + AFTER_LABEL)) {
                return true;
            }
        }
        return false;
    }
}
