package org.sitrep.pipeline;

/**
 * A name of the actor dictionary found in a sentence: tokens {@code [firstToken, endToken)} of sentence
 * {@code sentence} (its index in {@link AnalysedDocument#sentences()}) name dictionary actor {@code actorId}.
 */
public record DictionaryName(int sentence, int firstToken, int endToken, String actorId) {
}
