package org.sitrep.model;

/** One sentence of a document, by its 0-based index, with its offsets and text. */
public record Sentence(int index, Span span, String text) {
}
