package org.sitrep.picture;

/**
 * One name a report uses for a stored actor.
 *
 * @param name the words of the mention
 * @param sentenceText the sentence the mention is in
 */
public record NameUse(String actorId, String actorName, String name, String docId, int sentence,
                      String sentenceText) {
}
