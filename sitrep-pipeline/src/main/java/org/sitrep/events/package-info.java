/**
 * Events: triggers from {@code events.yaml} matched on lemmas over the dependency parse, their arguments read
 * from the parse and tied to the document's actors, dates from the sentence or the narrative, status from
 * the trigger's surroundings ({@code status.yaml}), and the PLOVER coding of {@code codebook.yaml}.
 * Imports {@code model} and {@code pipeline}.
 */
package org.sitrep.events;
