/**
 * Events: the event coder as units of one job around a per-document {@code CodingContext} (ARCHITECTURE.md has
 * them as a table with the rule keys each reads); {@code EventCoder} is the stage and the document loop. What the
 * coder knows is in the rule files ({@code events.yaml}, {@code status.yaml}, {@code codebook.yaml},
 * {@code words.yaml}, {@code dates.yaml}), read strictly by {@link org.sitrep.events.rules.RuleFiles} into
 * {@link org.sitrep.events.EventLexicon}. Imports {@code model} and {@code pipeline}.
 */
package org.sitrep.events;
