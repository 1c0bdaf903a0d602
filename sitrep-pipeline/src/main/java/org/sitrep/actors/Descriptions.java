package org.sitrep.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Token;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.text.TextFold;
import org.sitrep.pipeline.AnalysedDocument;

/**
 * Definite descriptions that refer back to an actor named before: "the group" after "Al-Shabaab", "the council"
 * after "the UN Security Council". The head noun fits actors of some kinds ({@link NominalTag#kinds()},
 * {@code nominals.yaml}); the description means the fitting actor named last before it. It never means the
 * subject of its own clause ("X joined the coalition": not X), and an organisation of unknown kind (a news outlet)
 * yields to one of a fitting known kind named in the last three sentences. When the two fitting actors named last
 * were named in the same sentence, either may be meant, and it stays unresolved.
 * The same head nouns describe a name in apposition ("X, an armed group ..."): such a name is no person, though
 * the tagger read it as one. Immutable and thread-safe.
 */
final class Descriptions {
    private final Map<String, NominalTag> byHead = new HashMap<>();

    Descriptions(ActorDictionary dictionary) {
        dictionary.tagByNominal().forEach((phrase, tag) -> {
            NominalTag rule = dictionary.nominalTag(tag);
            List<String> words = List.of(phrase.split(" "));
            if (rule.byKind() && words.size() == 2 && words.get(0).equals("the")) {
                byHead.put(words.get(1), rule);
            }
        });
    }

    /** The actor {@code description} refers back to, if one fits and none competes with it. */
    Optional<Cluster> antecedent(AnalysedDocument document, ActorClusters actors, Candidate description,
                                 NominalTag rule) {
        List<Token> tokens = document.tokens(description.sentence());
        List<Cluster> fitting = new ArrayList<>();
        for (Cluster cluster : actors.clusters.values()) {
            if ((rule.kinds().contains(cluster.kind) || cluster.tags.contains(description.tag()))
                    && cluster.lastPositionBefore(description.position()) >= 0
                    && !subjectOfItsClause(tokens, cluster, description)) {
                fitting.add(cluster);
            }
        }
        List<Cluster> candidates = new ArrayList<>(fitting);
        candidates.sort(Comparator.comparingLong(
                (Cluster cluster) -> cluster.lastPositionBefore(description.position())).reversed());
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        // An organisation of unknown kind (a news outlet, a firm) yields to one of a kind the head noun names,
        // named in the last sentences: "the group" after "X claimed the attack. CNN could not confirm it."
        if (candidates.get(0).kind == ActorKind.ORG) {
            candidates.stream()
                    .filter(cluster -> cluster.kind != ActorKind.ORG
                            && sentence(cluster, description) >= description.sentence() - RECENT_SENTENCES)
                    .findFirst()
                    .ifPresent(known -> {
                        candidates.remove(known);
                        candidates.add(0, known);
                    });
        }
        if (candidates.size() > 1 && sentence(candidates.get(0), description) == sentence(candidates.get(1),
                description)) {
            return Optional.empty();
        }
        return Optional.of(candidates.get(0));
    }

    /**
     * Gives each name the tagger read as a person, and the dictionary does not know, the kind the report
     * describes it as ({@link #describedKind}): "the Kanda Front, an armed separatist group" is an armed group.
     */
    void correctKinds(AnalysedDocument document, ActorClusters actors) {
        for (Cluster cluster : actors.clusters.values()) {
            if (cluster.kind != ActorKind.PERSON || cluster.dictionaryId != null) {
                continue;
            }
            for (Candidate mention : cluster.mentions) {
                Optional<ActorKind> kind = describedKind(document.tokens(mention.sentence()), mention.endToken());
                if (kind.isPresent()) {
                    cluster.kind = kind.get();
                    break;
                }
            }
        }
    }

    /**
     * The kind a name's apposition or predicate gives it ("X, a separatist armed group", "X is a
     * movement"): the kind its words name ({@link ActorKinds}) when the head noun fits it, else the head noun's
     * first kind ("an armed group": an armed group); empty when the words after the name describe nothing of
     * the kind.
     */
    Optional<ActorKind> describedKind(List<Token> tokens, int nameEnd) {
        int i = nameEnd;
        if (i >= tokens.size() || !(tokens.get(i).word().equals(",") || COPULAS.contains(tokens.get(i).lemma()))) {
            return Optional.empty();
        }
        i++;
        if (i < tokens.size() && tokens.get(i).pos().equals("DT")) {
            i++;
        }
        int start = i;
        for (; i < tokens.size() && i - start < 6; i++) {
            Token token = tokens.get(i);
            NominalTag rule = byHead.get(token.word().toLowerCase(java.util.Locale.ROOT));
            boolean phraseEnds = i + 1 >= tokens.size() || !(tokens.get(i + 1).pos().startsWith("NN")
                    || tokens.get(i + 1).pos().equals("POS"));
            if (rule != null && token.pos().equals("NN") && phraseEnds) {
                StringBuilder words = new StringBuilder();
                tokens.subList(start, i + 1).forEach(t -> words.append(t.word()).append(' '));
                ActorKind guessed = ActorKinds.bundled().guess(words.toString());
                boolean named = guessed != ActorKind.ORG && rule.kinds().contains(guessed);
                return Optional.of(named ? guessed : rule.kinds().get(0));
            }
            if (!(token.pos().startsWith("JJ") || token.pos().startsWith("NN") || token.pos().equals("VBN")
                    || token.pos().equals("HYPH"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** How many sentences back an actor of a known kind still outranks a nearer one of unknown kind. */
    private static final int RECENT_SENTENCES = 3;

    private static final java.util.Set<String> COPULAS = java.util.Set.of("be", "remain");

    /**
     * Whether {@code cluster} is named, in the description's sentence, as the subject of the verb the description
     * depends on: a noun phrase never means the subject of its own clause ("X joined the coalition").
     */
    private static boolean subjectOfItsClause(List<Token> tokens, Cluster cluster, Candidate description) {
        int verb = tokens.get(description.endToken() - 1).head();
        for (int steps = 0; verb >= 0 && steps < 3 && !tokens.get(verb).isVerb(); steps++) {
            verb = tokens.get(verb).head();
        }
        if (verb < 0) {
            return false;
        }
        for (Candidate mention : cluster.mentions) {
            if (mention.sentence() != description.sentence()) {
                continue;
            }
            for (int t = mention.firstToken(); t < mention.endToken() && t < tokens.size(); t++) {
                // "X and Y joined", "two groups, X and Y, joined": up from a conjunct or an apposition.
                Token token = tokens.get(t);
                for (int steps = 0; steps < 3 && token.head() >= 0
                        && (token.relation().equals("conj") || token.relation().equals("appos")); steps++) {
                    token = tokens.get(token.head());
                }
                if (token.relation().startsWith("nsubj") && token.head() == verb) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the words a description matched are no description: a capitalised head is part of a name ("the
     * Council on Foreign Relations"), a head before a name introduces that name ("the jihadist group X"), and a
     * head followed by "of" is described anew ("the group of officers who led the coup", "the organisation of
     * elections").
     */
    static boolean misread(List<Token> tokens, int firstToken, int endToken) {
        String head = tokens.get(endToken - 1).word();
        String next = endToken < tokens.size() ? tokens.get(endToken).word() : "";
        return capitalised(head) || capitalised(next) || next.equalsIgnoreCase("of");
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static long sentence(Cluster cluster, Candidate description) {
        return cluster.lastPositionBefore(description.position()) >> 20;
    }
}
