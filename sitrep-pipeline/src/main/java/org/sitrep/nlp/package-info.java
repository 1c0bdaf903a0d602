/**
 * The only adapter to Stanford CoreNLP: builds the annotators once per process and turns their output into
 * sitrep records (sentences, tokens with dependency heads, entity mentions, normalised date expressions).
 * Imports {@code model} and {@code pipeline}.
 */
package org.sitrep.nlp;
