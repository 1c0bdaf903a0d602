/**
 * The command line: one picocli command per verb, thin: each parses its options, calls {@code app} or the
 * store, and renders. Imports {@code app}, {@code export}, {@code eval}, {@code bench}, {@code store} and
 * {@code model}; never {@code nlp} or Tika directly.
 */
package org.sitrep.cli;
