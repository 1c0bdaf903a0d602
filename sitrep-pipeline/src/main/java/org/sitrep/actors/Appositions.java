package org.sitrep.actors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.actors.Candidate.Source;
import org.sitrep.model.Token;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.rules.KeySchema;
import org.sitrep.pipeline.AnalysedDocument;

/**
 * A description in apposition to a group's name is one of its forms, as coreference's appositive rule holds:
 * "X, a contingent of hired fighters" makes "a contingent of hired fighters" a form of X. Only the parse's
 * apposition of a name's word, set off by a comma right after the name, whose head noun can describe a group
 * ({@code appositions.yaml}), for an actor that is no person. The form is the whole description as written
 * (its modifiers and clauses, not the commas around it); it is recorded as a form, not as a mention, so the
 * events read in its sentence do not change. Immutable and thread-safe.
 */
final class Appositions {
    /** The keys of {@code appositions.yaml}. */
    static final KeySchema KEYS = KeySchema.keys(List.of("group_heads"));

    private final Set<String> groupHeads;

    Appositions(Set<String> groupHeads) {
        this.groupHeads = Set.copyOf(groupHeads);
    }

    static Appositions bundled() {
        JsonNode root = BundledFiles.yaml("appositions.yaml", BundledFiles.text("appositions.yaml"), KEYS);
        Set<String> heads = new HashSet<>();
        root.get("group_heads").forEach(word -> heads.add(word.asText().toLowerCase(Locale.ROOT)));
        if (heads.isEmpty()) {
            throw new ActorDictionaryException("appositions.yaml is not valid: group_heads is empty");
        }
        return new Appositions(heads);
    }

    void add(AnalysedDocument document, ActorClusters actors) {
        for (Cluster cluster : new ArrayList<>(actors.clusters.values())) {
            if (cluster.kind == ActorKind.PERSON) {
                continue;
            }
            for (Candidate mention : new ArrayList<>(cluster.mentions)) {
                if (mention.source() == Source.NOMINAL || mention.source() == Source.FOLLOWERS) {
                    continue;
                }
                List<Token> tokens = document.tokens(mention.sentence());
                int head = appositionHead(tokens, mention);
                if (head < 0) {
                    continue;
                }
                int[] span = phrase(tokens, head);
                if (!setOff(tokens, mention.endToken(), head, span)) {
                    continue;
                }
                String form = Candidate.surface(document.text(), tokens, span[0], span[1]);
                actors.addForm(cluster, form, mention.sentence(), "apposition",
                        "'" + form + "' is set off after " + cluster.name + " as a description of it");
            }
        }
    }

    /**
     * The head of a description in apposition to the name: a word that depends on a word of the name as
     * {@code appos}, right after "name ,", whose noun can describe a group; -1 when there is none.
     */
    private int appositionHead(List<Token> tokens, Candidate mention) {
        int comma = mention.endToken();
        if (comma + 1 >= tokens.size() || !tokens.get(comma).word().equals(",")) {
            return -1;
        }
        for (int t = comma + 1; t < tokens.size() && t < comma + 8; t++) {
            Token token = tokens.get(t);
            if ("appos".equals(token.relation()) && token.head() >= mention.firstToken()
                    && token.head() < mention.endToken() && token.pos().startsWith("NN")
                    && !token.pos().startsWith("NNP")
                    && groupHeads.contains(token.word().toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        return -1;
    }

    /**
     * Whether the phrase stands set off as a description: it starts right after the comma, ends at punctuation or
     * the sentence's end (a parse that cut it short is no description as written), and no clause starts between
     * the comma and its head ("X, which attacked the forces": a misparsed relative clause).
     */
    private static boolean setOff(List<Token> tokens, int comma, int head, int[] span) {
        if (span[0] != comma + 1 || span[1] < tokens.size() && !isPunctuation(tokens.get(span[1]))) {
            return false;
        }
        for (int t = comma + 1; t < head; t++) {
            String pos = tokens.get(t).pos();
            if (pos.startsWith("W") || pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")
                    || pos.equals("MD")) {
                return false;
            }
        }
        return true;
    }

    /** Tokens {@code [first, end)} the head dominates, without the punctuation at either edge. */
    private static int[] phrase(List<Token> tokens, int head) {
        int first = head;
        int last = head;
        for (int t = 0; t < tokens.size(); t++) {
            if (dominates(tokens, head, t)) {
                first = Math.min(first, t);
                last = Math.max(last, t);
            }
        }
        while (first < head && isPunctuation(tokens.get(first))) {
            first++;
        }
        while (last > head && isPunctuation(tokens.get(last))) {
            last--;
        }
        return new int[] {first, last + 1};
    }

    private static boolean dominates(List<Token> tokens, int head, int t) {
        int at = t;
        for (int steps = 0; at >= 0 && steps < tokens.size(); steps++) {
            if (at == head) {
                return true;
            }
            at = tokens.get(at).head();
        }
        return false;
    }

    private static boolean isPunctuation(Token token) {
        return !token.word().isEmpty() && !Character.isLetterOrDigit(token.word().charAt(0));
    }
}
