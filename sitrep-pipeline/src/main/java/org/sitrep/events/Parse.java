package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Token;

/** One sentence's dependency tree, navigable both ways. Not thread-safe; one per sentence being coded. */
final class Parse {
    private static final Set<String> PHRASE_STOPS = Set.of("acl:relcl", "acl", "punct", "cc", "conj", "advcl",
            "parataxis", "dep", "appos", "ccomp", "xcomp", "obl", "nsubj", "obj");

    private final List<Token> tokens;
    private final List<List<Integer>> children = new ArrayList<>();

    Parse(List<Token> tokens) {
        this.tokens = ParseRepairs.repaired(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            children.add(new ArrayList<>());
        }
        for (Token token : this.tokens) {
            if (token.head() >= 0 && token.head() < tokens.size()) {
                children.get(token.head()).add(token.index());
            }
        }
    }

    List<Token> tokens() {
        return tokens;
    }

    Token token(int index) {
        return tokens.get(index);
    }

    int size() {
        return tokens.size();
    }

    List<Integer> children(int index) {
        return children.get(index);
    }

    /** Children whose relation is {@code relation} or a subtype of it ("nmod" matches "nmod:poss"). */
    List<Integer> children(int index, String relation) {
        List<Integer> out = new ArrayList<>();
        for (int child : children.get(index)) {
            String rel = relation(child);
            if (rel.equals(relation) || rel.startsWith(relation + ":")) {
                out.add(child);
            }
        }
        return out;
    }

    String relation(int index) {
        String relation = tokens.get(index).relation();
        return relation == null ? "" : relation;
    }

    int head(int index) {
        return tokens.get(index).head();
    }

    String lemma(int index) {
        Token token = tokens.get(index);
        return (token.lemma() == null ? token.word() : token.lemma()).toLowerCase(Locale.ROOT);
    }

    /** The lemma of the preposition or case marker of a nominal ("by", "against"), or "". */
    String caseOf(int index) {
        for (int child : children(index, "case")) {
            return lemma(child);
        }
        return "";
    }

    /** The head and its modifiers, without clauses and coordinated items: the noun phrase it heads. */
    List<Integer> phrase(int head) {
        List<Integer> out = new ArrayList<>();
        collect(head, out, true);
        out.sort(Integer::compare);
        return out;
    }

    private void collect(int index, List<Integer> out, boolean top) {
        out.add(index);
        for (int child : children.get(index)) {
            String rel = relation(child);
            String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
            if (PHRASE_STOPS.contains(rel) || PHRASE_STOPS.contains(base) && !rel.equals("nmod:poss")) {
                continue;
            }
            if (rel.equals("case") && top) {
                continue;
            }
            collect(child, out, false);
        }
    }

    /** The head and everything below it. */
    List<Integer> subtree(int head) {
        List<Integer> out = new ArrayList<>();
        List<Integer> stack = new ArrayList<>(List.of(head));
        while (!stack.isEmpty()) {
            int index = stack.remove(stack.size() - 1);
            out.add(index);
            stack.addAll(children.get(index));
        }
        out.sort(Integer::compare);
        return out;
    }

    /** Items coordinated with {@code index} ("the United States, France and the EU"), itself first. */
    List<Integer> withConjuncts(int index) {
        List<Integer> out = new ArrayList<>(List.of(index));
        for (int i = 0; i < out.size(); i++) {
            out.addAll(children(out.get(i), "conj"));
        }
        return out;
    }

    /** Steps from {@code from} up to {@code ancestor}, or -1 when it is not an ancestor. */
    int distanceUp(int from, int ancestor) {
        int steps = 0;
        int current = from;
        while (current >= 0 && steps < tokens.size()) {
            if (current == ancestor) {
                return steps;
            }
            current = head(current);
            steps++;
        }
        return -1;
    }
}
