package org.sitrep.model.event;

import org.sitrep.model.Span;

/**
 * A sentence that reports an event.
 *
 * @param span the sentence's offsets in the document's text
 * @param trigger the words that express the event ("took control of", "coup")
 */
public record EventMention(String docId, int sentence, Span span, String text, String trigger) {
}
