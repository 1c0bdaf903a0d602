package org.sitrep.pipeline;

/**
 * The kinds of analysis an {@link AnalysedDocument} can carry. Stages declare which they need and add; a stage that
 * rewrites a layer (the actors stage retags {@code TOKENS}) declares it among those it adds.
 */
public enum Layer {
    TEXT, METADATA, SENTENCES, TOKENS, ENTITY_MENTIONS, TIMEX, FIGURES, DICTIONARY_NAMES, ACTORS, PLACES, EVENTS
}
