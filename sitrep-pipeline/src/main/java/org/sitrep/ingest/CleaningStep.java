package org.sitrep.ingest;

/**
 * One step of {@link TextCleaner}'s chain, with one job (as a filter of Lucene's analysis chain): it takes the
 * text as the step before left it and returns it cleaned in its one respect. Stateless and thread-safe.
 */
interface CleaningStep {
    String apply(String text);
}
