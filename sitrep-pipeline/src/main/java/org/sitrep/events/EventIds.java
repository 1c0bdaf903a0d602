package org.sitrep.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.EventActor;

/** An event's id: stable across runs, from its document, sentence, class, first source and trigger token. */
final class EventIds {
    private EventIds() {
    }

    static String id(String documentId, int sentence, CrisisClass crisisClass, List<EventActor> source, int token) {
        String key = documentId + "|" + sentence + "|" + crisisClass + "|"
                + (source.isEmpty() ? "" : source.get(0).entityText()) + "|" + token;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "evt-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
