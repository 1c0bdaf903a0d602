package org.sitrep.model.actor;

/**
 * Why two names were taken for one actor, for {@code actor NAME --why}.
 *
 * @param rule the rule that merged them ({@code dictionary_alias}, {@code acronym_definition}, {@code surname},
 *     {@code spelling_variant}, ...)
 * @param docId the document that gave the evidence, or null for dictionary knowledge
 * @param sentence the sentence index in that document, or -1
 */
public record MergeReason(String actorId, String alias, String rule, String detail, String docId, int sentence) {
}
