package org.sitrep.store;

/**
 * A sentence matching a full-text query.
 *
 * @param score relevance, higher is better (comparable only within one result list)
 */
public record SearchHit(String docId, String docTitle, int sentence, String text, double score) {
}
