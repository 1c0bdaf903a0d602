package org.sitrep.model;

/**
 * A data problem found while processing one document. It is counted and reported, and the run goes on.
 *
 * @param code snake_case identifier such as {@code tika_empty_text} or {@code meta_bad_date}
 * @param stage the stage that raised it
 */
public record Issue(String code, String stage, String message) {
}
