package org.sitrep.pipeline;

/** The kinds of analysis an {@link AnalysedDocument} can carry. Stages declare which they need and add. */
public enum Layer {
    TEXT, METADATA, SENTENCES, TOKENS, ENTITY_MENTIONS, TIMEX, FIGURES, ACTORS, PLACES, EVENTS
}
