package org.sitrep.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.actors.Candidate.Source;
import org.sitrep.model.Token;
import org.sitrep.pipeline.AnalysedDocument;

/**
 * A name given as another name of an actor just named: "X - better known as Y", "X, also known as Y". Y is a
 * name of X's actor. Only a name no actor holds yet is added (a former name the report names as an actor of its
 * own stays apart). Stateless and thread-safe.
 */
final class KnownAs {
    /** Words between a name and "known as": punctuation and the adverbs that say how it is known. */
    private static final Set<String> BETWEEN = Set.of(",", "-", "–", "—", "(", "--", "better", "also", "popularly",
            "commonly", "widely", "locally");
    private static final int LONGEST_NAME = 5;

    void add(AnalysedDocument document, ActorClusters actors) {
        String text = document.text();
        for (Cluster cluster : new ArrayList<>(actors.clusters.values())) {
            for (Candidate mention : new ArrayList<>(cluster.mentions)) {
                if (mention.source() == Source.NOMINAL) {
                    continue;
                }
                List<Token> tokens = document.tokens(mention.sentence());
                int t = mention.endToken();
                while (t < tokens.size() && t - mention.endToken() < 3
                        && BETWEEN.contains(tokens.get(t).word().toLowerCase(java.util.Locale.ROOT))) {
                    t++;
                }
                if (t + 2 >= tokens.size() || !tokens.get(t).word().equalsIgnoreCase("known")
                        || !tokens.get(t + 1).word().equalsIgnoreCase("as")) {
                    continue;
                }
                int first = t + 2;
                int end = first;
                while (end < tokens.size() && end - first < LONGEST_NAME && tokens.get(end).pos().startsWith("NNP")) {
                    end++;
                }
                if (end == first || taken(actors, mention.sentence(), first, end)) {
                    continue;
                }
                Candidate alias = Candidate.of(text, mention.sentence(), tokens, first, first, end, end,
                        mention.source(), null, null);
                actors.attach(cluster, alias, "known_as", "known_as", "'" + alias.name()
                        + "' is given as another name of " + cluster.name);
            }
        }
    }

    /** Whether a mention of any actor overlaps tokens {@code [first, end)} of the sentence. */
    private static boolean taken(ActorClusters actors, int sentence, int first, int end) {
        for (Cluster cluster : actors.clusters.values()) {
            for (Candidate mention : cluster.mentions) {
                if (mention.sentence() == sentence && mention.firstToken() < end && first < mention.endToken()) {
                    return true;
                }
            }
        }
        return false;
    }
}
