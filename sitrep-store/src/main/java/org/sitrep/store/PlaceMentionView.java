package org.sitrep.store;

import org.sitrep.model.place.PlaceMention;

/** A stored place mention with the document and the sentence it is in. */
public record PlaceMentionView(String docId, String sentenceText, PlaceMention mention) {
}
