package org.sitrep.model;

/**
 * A named entity in a sentence.
 *
 * @param source {@code ner} for the statistical tagger, {@code dictionary} for sitrep's own data files
 */
public record EntityMention(int sentence, Span span, String text, EntityType type, String source) {
}
