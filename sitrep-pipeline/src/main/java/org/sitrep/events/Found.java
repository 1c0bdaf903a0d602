package org.sitrep.events;

/** A trigger found in a sentence, with the token it sits on and the words that matched. */
record Found(EventLexicon.Trigger trigger, int token, String text) {
}
