package org.sitrep.picture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.event.EventMention;

/** A sentence that supports a claim: {@code {"doc_id", "sentence", "text"}} in the situation's JSON. */
public record Evidence(String docId, int sentence, String text) {

    /** The first mention of each document, in the order given. */
    static List<Evidence> firstPerDocument(List<EventMention> mentions) {
        List<Evidence> evidence = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (EventMention mention : mentions) {
            if (seen.add(mention.docId())) {
                evidence.add(new Evidence(mention.docId(), mention.sentence(), mention.text()));
            }
        }
        return evidence;
    }
}
