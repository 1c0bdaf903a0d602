package org.sitrep.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.MergeReason;

/** One actor of the document while its names are being gathered. */
final class Cluster {
    final String key;
    /** Built from untagged capitals only; dropped unless the document ties it to a name. */
    boolean weak;
    String dictionaryId;
    String name;
    ActorKind kind;
    final Set<String> tags = new HashSet<>();
    final Set<String> forms = new LinkedHashSet<>();
    final List<MergeReason> reasons = new ArrayList<>();
    final List<Candidate> mentions = new ArrayList<>();

    Cluster(String key, String name, ActorKind kind) {
        this.key = key;
        this.name = name;
        this.kind = kind;
    }

    /** Where the cluster was last named by name (not by a nominal) before {@code position}; -1 if not. */
    long lastPositionBefore(long position) {
        long best = -1;
        for (Candidate mention : mentions) {
            if (mention.position() < position && mention.source() != Candidate.Source.NOMINAL) {
                best = Math.max(best, mention.position());
            }
        }
        return best;
    }
}
