package org.sitrep.store;

import org.sitrep.model.Span;

/** A mention of an actor shown with its evidence: the sentence and the document it is in. */
public record MentionView(String docId, String docTitle, int sentence, String sentenceText, Span span, String text,
                          String method) {
}
