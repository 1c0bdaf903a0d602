package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.sitrep.model.Token;

/**
 * Repairs a misparse of any text the lexicon can tell: a gerund or participle hung as an adjective on the very noun
 * its verb's entry names as object ("succeeded in gaining control of the town": "gaining" an amod of "control";
 * "a reporter held hostage by the group": "held" an amod of "hostage"). An entry's object after its verb is the
 * verb's object, not a thing the verb describes, so the verb takes the noun's place in the tree: the preposition
 * before it marks the verb's clause, the noun becomes its object, and the noun's "by" and place phrases after it
 * are the verb's. Other adjectival gerunds ("amid growing tension") name no object of an entry and stay.
 */
final class VerbsOnTheirObjects {
    /** The verb forms the parser hangs as adjectives while they still govern their object. */
    private static final Set<String> FORMS = Set.of("VBG", "VBN");

    private VerbsOnTheirObjects() {
    }

    /**
     * @param namesObject whether a verb lemma has an entry naming a noun lemma as its object
     * @param eventNoun whether a noun lemma names an event ("murder")
     * @param clauseCases prepositions of a noun phrase that belong to the verb once it heads its clause ("by", "in")
     */
    static List<Token> repaired(List<Token> tokens, BiPredicate<String, String> namesObject,
                                Predicate<String> eventNoun, Set<String> clauseCases) {
        List<Token> out = new ArrayList<>(tokens);
        for (Token verb : tokens) {
            int noun = verb.head();
            if (!FORMS.contains(verb.pos()) || !"amod".equals(verb.relation()) || noun != verb.index() + 1
                    || noun >= tokens.size() || !tokens.get(noun).isNoun()
                    || !namesObject.test(lemma(verb), lemma(tokens.get(noun)))) {
                continue;
            }
            Token object = tokens.get(noun);
            boolean marked = tokens.stream().anyMatch(c -> c.head() == noun && "case".equals(c.relation())
                    && c.index() < verb.index());
            // A gerund after a preposition is read only as a clause on a verb, its noun an oblique ("succeeded in
            // gaining control"); on a noun's phrase ("the cost of gaining control") it would take that noun as doer.
            // A participle unmarked describes the one held ("a reporter held hostage"); hung on an event's noun
            // ("the murder of troops taken prisoner") the parser has lost who that was.
            if (marked ? !object.relation().startsWith("obl")
                    : object.head() < 0 || eventNoun.test(lemma(tokens.get(object.head())))) {
                continue;
            }
            for (Token child : tokens) {
                if (child.head() != noun || child.index() == verb.index()) {
                    continue;
                }
                if ("case".equals(child.relation()) && child.index() < verb.index()) {
                    // "in gaining control": the preposition introduces the verb's clause.
                    out.set(child.index(), moved(child, verb.index(), "mark"));
                } else if (child.index() > noun && child.relation().startsWith("nmod")
                        && clauseCases.contains(caseOf(child, tokens))) {
                    // "held hostage in the north by the group": where and by whom are the verb's.
                    out.set(child.index(), moved(child, verb.index(), "obl"));
                }
            }
            out.set(verb.index(), moved(verb, object.head(), clauseRelation(object.relation())));
            out.set(noun, moved(object, verb.index(), "obj"));
        }
        return out;
    }

    /** The relation a verb heading a clause takes where the noun hung: an adverbial clause or a clause on a noun. */
    private static String clauseRelation(String nounRelation) {
        return nounRelation.startsWith("obl") ? "advcl" : "acl";
    }

    private static String caseOf(Token nominal, List<Token> tokens) {
        for (Token token : tokens) {
            if (token.head() == nominal.index() && "case".equals(token.relation())) {
                return lemma(token);
            }
        }
        return "";
    }

    private static String lemma(Token token) {
        return (token.lemma() == null ? token.word() : token.lemma()).toLowerCase(Locale.ROOT);
    }

    private static Token moved(Token token, int head, String relation) {
        return new Token(token.index(), token.span(), token.word(), token.lemma(), token.pos(), token.ner(), head,
                relation);
    }
}
