package org.sitrep.actors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.actors.Candidate.Source;
import org.sitrep.model.Token;
import org.sitrep.model.rules.KeySchema;
import org.sitrep.pipeline.AnalysedDocument;

/**
 * A name given as another name of an actor just named: "X - better known as Y", "X, formerly known as Y",
 * "X, aka the renamed Y" ({@code known-as.yaml}). Y, with the article and adjectives written before its capitals,
 * is a form of X's actor. Only a name no actor holds yet is added (a former name the report names as an actor of
 * its own stays apart). Immutable and thread-safe.
 */
final class KnownAs {
    /** The keys of {@code known-as.yaml}. */
    static final KeySchema KEYS = KeySchema.keys(List.of("between", "cues", "before_name"));
    private static final int LONGEST_NAME = 5;
    private static final int LONGEST_GAP = 3;

    private final Set<String> between;
    private final List<List<String>> cues;
    private final int beforeName;

    KnownAs(Set<String> between, List<List<String>> cues, int beforeName) {
        this.between = Set.copyOf(between);
        this.cues = List.copyOf(cues);
        this.beforeName = beforeName;
    }

    static KnownAs bundled() {
        JsonNode root = BundledFiles.yaml("known-as.yaml", BundledFiles.text("known-as.yaml"), KEYS);
        Set<String> between = new HashSet<>();
        root.get("between").forEach(word -> between.add(word.asText().toLowerCase(Locale.ROOT)));
        List<List<String>> cues = new ArrayList<>();
        root.get("cues").forEach(cue -> cues.add(List.of(cue.asText().toLowerCase(Locale.ROOT).split("\\s+"))));
        if (between.isEmpty() || cues.isEmpty() || !root.get("before_name").canConvertToInt()) {
            throw new ActorDictionaryException("known-as.yaml is not valid: between, cues and before_name are needed");
        }
        return new KnownAs(between, cues, root.get("before_name").asInt());
    }

    void add(AnalysedDocument document, ActorClusters actors) {
        String text = document.text();
        for (Cluster cluster : new ArrayList<>(actors.clusters.values())) {
            for (Candidate mention : new ArrayList<>(cluster.mentions)) {
                if (mention.source() == Source.NOMINAL) {
                    continue;
                }
                List<Token> tokens = document.tokens(mention.sentence());
                int t = mention.endToken();
                while (t < tokens.size() && t - mention.endToken() < LONGEST_GAP
                        && between.contains(lower(tokens.get(t)))) {
                    t++;
                }
                int first = cueEnd(tokens, t);
                if (first < 0) {
                    continue;
                }
                int nameStart = first;
                // the article and adjectives written before the other name's capitals: "the rebranded Y"
                while (nameStart < tokens.size() && nameStart - first < beforeName
                        && isLeadWord(tokens.get(nameStart))) {
                    nameStart++;
                }
                int end = nameStart;
                while (end < tokens.size() && end - nameStart < LONGEST_NAME
                        && tokens.get(end).pos().startsWith("NNP")) {
                    end++;
                }
                if (end == nameStart || taken(actors, mention.sentence(), nameStart, end)) {
                    continue;
                }
                Candidate alias = Candidate.of(text, mention.sentence(), tokens, first, nameStart, end, end,
                        mention.source(), null, null);
                actors.attach(cluster, alias, "known_as", "known_as", "'" + alias.surface()
                        + "' is given as another name of " + cluster.name);
            }
        }
    }

    /** The token after a cue starting at {@code t} ("known as", "aka"), or -1 when none starts there. */
    private int cueEnd(List<Token> tokens, int t) {
        for (List<String> cue : cues) {
            if (t + cue.size() >= tokens.size()) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < cue.size() && match; i++) {
                match = lower(tokens.get(t + i)).equals(cue.get(i));
            }
            if (match) {
                return t + cue.size();
            }
        }
        return -1;
    }

    /** A lower-case article or adjective before a name's capitals. */
    private static boolean isLeadWord(Token token) {
        String pos = token.pos();
        boolean lowerCase = !token.word().isEmpty() && Character.isLowerCase(token.word().charAt(0));
        return lowerCase && (pos.equals("DT") || pos.startsWith("JJ") || pos.equals("VBN") || pos.equals("VBD"));
    }

    private static String lower(Token token) {
        return token.word().toLowerCase(Locale.ROOT);
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
