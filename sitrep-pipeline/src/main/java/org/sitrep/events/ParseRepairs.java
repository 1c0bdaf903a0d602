package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Token;

/**
 * Repairs a misparse the dependency parser makes on any text: a clause's past-tense verb (VBD) hung as an
 * adjective on the noun after it ("Al-Shabaab, which attacked Ethiopian forces": "attacked" an amod of "forces",
 * "which" its determiner). A past tense is no adjective ("an elected government" is VBN), so the verb takes the
 * noun's place in the tree, the noun becomes its object, and the words before the verb its subject; with a relative
 * pronoun the verb is a relative clause on what the noun hung on.
 */
final class ParseRepairs {
    private ParseRepairs() {
    }

    static List<Token> repaired(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        for (Token verb : tokens) {
            if (!"VBD".equals(verb.pos()) || !"amod".equals(verb.relation()) || verb.head() <= verb.index()
                    || verb.head() >= tokens.size() || !tokens.get(verb.head()).isNoun()) {
                continue;
            }
            Token noun = tokens.get(verb.head());
            boolean relative = false;
            for (Token child : tokens) {
                if (child.head() != noun.index() || child.index() == verb.index()) {
                    continue;
                }
                if (child.index() < verb.index()) {
                    boolean pronoun = child.pos().startsWith("W");
                    relative |= pronoun;
                    out.set(child.index(), moved(out.get(child.index()), verb.index(),
                            pronoun || child.isNoun() ? "nsubj" : child.relation()));
                } else if (child.isVerb() && "conj".equals(child.relation())) {
                    // "which attacked the forces and gained control": the second verb is the first's conjunct.
                    out.set(child.index(), moved(out.get(child.index()), verb.index(), "conj"));
                } else if (child.isNoun() && "dep".equals(child.relation()) && child.index() > 0
                        && tokens.get(child.index() - 1).isVerb() && tokens.get(child.index() - 1).head() == noun.index()
                        && "conj".equals(tokens.get(child.index() - 1).relation())) {
                    // ... and the noun left hanging right after that verb ("gained control") is its object.
                    out.set(child.index(), moved(out.get(child.index()), child.index() - 1, "obj"));
                }
            }
            out.set(verb.index(), moved(out.get(verb.index()), noun.head(), relative ? "acl:relcl"
                    : noun.relation()));
            out.set(noun.index(), moved(out.get(noun.index()), verb.index(), "obj"));
        }
        return out;
    }

    private static Token moved(Token token, int head, String relation) {
        return new Token(token.index(), token.span(), token.word(), token.lemma(), token.pos(), token.ner(), head,
                relation);
    }
}
