package org.sitrep.store;

/** Totals over the whole store, for summaries. */
public record StoreCounts(int documents, int sentences, int entityMentions, int actorMentions, int actors,
                          int figures) {
}
