package org.sitrep.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Token;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.text.TextFold;
import org.sitrep.pipeline.AnalysedDocument;

/**
 * Records the forms a report writes an actor's names in once the words around a mention are read: the article
 * before it when the mention ends the noun phrase ("the African Union" beside "African Union"; not in "the U.S.
 * Embassy") and an acronym defined in parentheses right after it
 * ("the Patriotic Front for Renewal (PFR)"). They are the surface forms a reader searches for; they join no
 * two actors, since each is built from a mention already attached to its actor. People take no article; a
 * person named with descriptors is also written with the capitalised title alone ("General Ana Vero" inside
 * "the country's army chief General Ana Vero"). Stateless and thread-safe.
 */
final class SurfaceForms {
    private static final int LONGEST_TITLE = 4;

    private final ActorDictionary dictionary;
    private final java.util.Set<String> stateModifiers;

    SurfaceForms(ActorDictionary dictionary, java.util.Set<String> stateModifiers) {
        this.dictionary = dictionary;
        this.stateModifiers = java.util.Set.copyOf(stateModifiers);
    }

    void add(AnalysedDocument document, ActorClusters actors) {
        String text = document.text();
        for (Cluster cluster : actors.clusters.values()) {
            if (cluster.kind == ActorKind.PERSON) {
                titledForms(document, actors, cluster);
                continue;
            }
            for (Candidate mention : new ArrayList<>(cluster.mentions)) {
                List<Token> tokens = document.tokens(mention.sentence());
                if (mention.endToken() > tokens.size() || mention.firstToken() >= mention.endToken()) {
                    continue;
                }
                String surface = mention.surface();
                String acronym = definedAcronym(text, tokens, mention.endToken(), cluster);
                // "the Unity Council UC took": the acronym run on after the name ends the noun phrase, not the name.
                int phraseEnd = acronym != null && !acronym.startsWith(" (")
                        ? tokens.get(mention.endToken()).span().end() : mention.span().end();
                boolean article = !startsWithArticle(surface) && mention.firstToken() > 0
                        && isArticle(tokens.get(mention.firstToken() - 1)) && endsNounPhrase(tokens, phraseEnd);
                if (article) {
                    actors.addForm(cluster, "the " + surface, mention.sentence(), "article_form",
                            "'the " + surface + "' is '" + surface + "' with its article");
                }
                countedForms(document, actors, cluster, mention);
                namedAfterOf(document, actors, cluster, mention);
                if (cluster.kind == ActorKind.STATE) {
                    modifiedStateForm(document, actors, cluster, mention);
                }
                if (acronym != null) {
                    String defined = surface + acronym;
                    String detail = "'" + surface + "' is defined as '" + acronym.trim() + "' right after it";
                    actors.addForm(cluster, defined, mention.sentence(), "acronym_definition", detail);
                    if (article) {
                        actors.addForm(cluster, "the " + defined, mention.sentence(), "acronym_definition", detail);
                    }
                }
            }
        }
    }

    /**
     * A group written with its count or size before it ("200 French commandos", "the 250 French troops", "the
     * 7,000-strong army"): a number says how many of the group, it names no other actor. Only a mention that names
     * its actor by itself: a bare nominal ("4,500 troops") was only guessed to be the actor, so its count is not
     * recorded as one of its names.
     */
    private static void countedForms(AnalysedDocument document, ActorClusters actors, Cluster cluster,
                                     Candidate mention) {
        List<Token> tokens = document.tokens(mention.sentence());
        int count = mention.firstToken() - 1;
        if (count < 0 || mention.source() == Candidate.Source.NOMINAL || !isCount(tokens.get(count))
                || startsWithArticle(mention.surface()) || !endsNounPhrase(tokens, mention.span().end())) {
            return;
        }
        String text = document.text();
        String counted = text.substring(tokens.get(count).span().start(), mention.span().end());
        String detail = "'" + counted + "' is '" + mention.surface() + "' with its count";
        actors.addForm(cluster, counted, mention.sentence(), "counted_form", detail);
        if (count > 0 && isArticle(tokens.get(count - 1))) {
            actors.addForm(cluster, text.substring(tokens.get(count - 1).span().start(), mention.span().end()),
                    mention.sentence(), "counted_form", detail);
        }
    }

    /**
     * A description of an actor followed by "of" and the actor's name ("the West African nation of Mali", "the
     * government of Mali"): the whole phrase, with and without its article, is a form of the actor both mean.
     */
    private static void namedAfterOf(AnalysedDocument document, ActorClusters actors, Cluster cluster,
                                     Candidate mention) {
        List<Token> tokens = document.tokens(mention.sentence());
        int of = mention.firstToken() - 1;
        if (of < 1 || !tokens.get(of).word().equalsIgnoreCase("of")) {
            return;
        }
        for (Candidate description : new ArrayList<>(cluster.mentions)) {
            if (description.sentence() == mention.sentence() && description.endToken() == of) {
                String text = document.text();
                String form = text.substring(description.span().start(), mention.span().end());
                String detail = "'" + description.surface() + "' and '" + mention.surface() + "' name one actor";
                actors.addForm(cluster, form, mention.sentence(), "described_name", detail);
                if (startsWithArticle(form) && isArticle(tokens.get(description.firstToken()))) {
                    actors.addForm(cluster, text.substring(tokens.get(description.firstToken() + 1).span().start(),
                            mention.span().end()), mention.sentence(), "described_name", detail);
                }
                return;
            }
        }
    }

    /**
     * A count ("250", "two") or a size ("15-member", "7,000-strong") before a noun; not a year or another date
     * ("in 2013 French troops").
     */
    static boolean isCount(Token token) {
        String ner = token.ner() == null ? "O" : token.ner();
        if (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("ORDINAL")) {
            return false;
        }
        return token.pos().equals("CD") || SIZE.matcher(token.word()).matches();
    }

    private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile("[0-9][0-9,.]*-[a-z]+");

    /**
     * A state's name after a plain modifier the report gives it ("neighbouring Niger": {@code forces.yaml}
     * {@code state_modifiers}); a compass word ("northern Mali") names a region, not the state, and is no such word.
     */
    private void modifiedStateForm(AnalysedDocument document, ActorClusters actors, Cluster cluster,
                                   Candidate mention) {
        List<Token> tokens = document.tokens(mention.sentence());
        int before = mention.firstToken() - 1;
        if (before < 0 || !stateModifiers.contains(tokens.get(before).word().toLowerCase(Locale.ROOT))) {
            return;
        }
        String form = document.text().substring(tokens.get(before).span().start(), mention.span().end());
        actors.addForm(cluster, form, mention.sentence(), "modified_form",
                "'" + form + "' is '" + mention.surface() + "' with a modifier that names no region of it");
    }

    /** The title right before a person's name, with the name, where descriptors come before the title. */
    private void titledForms(AnalysedDocument document, ActorClusters actors, Cluster cluster) {
        String text = document.text();
        for (Candidate mention : new ArrayList<>(cluster.mentions)) {
            List<Token> tokens = document.tokens(mention.sentence());
            int name = mention.firstToken();
            while (name < mention.endToken() && tokens.get(name).span().start() < mention.nameSpan().start()) {
                name++;
            }
            if (name - mention.firstToken() < 2 || name >= tokens.size()) {
                continue;
            }
            for (int width = Math.min(LONGEST_TITLE, name - mention.firstToken() - 1); width >= 1; width--) {
                int title = name - width;
                String words = Candidate.surface(text, tokens, title, name);
                if (Character.isUpperCase(words.codePointAt(0)) && dictionary.isTitle(TextFold.name(words))) {
                    String form = text.substring(tokens.get(title).span().start(), mention.nameSpan().end());
                    actors.addForm(cluster, form, mention.sentence(), "title_form", "'" + form + "' is '"
                            + mention.surface() + "' without the words before its title");
                    break;
                }
            }
        }
    }

    /**
     * The acronym right after token {@code end}, as written after the name: " (ACR)" in parentheses, or " ACR"
     * without ("the Transitional Council TC"), when it is already a form of the same actor; else null.
     */
    private static String definedAcronym(String text, List<Token> tokens, int end, Cluster cluster) {
        if (end < tokens.size() && tokens.get(end).opensBracket()) {
            if (end + 2 >= tokens.size() || !tokens.get(end + 2).closesBracket()) {
                return null;
            }
            String acronym = Candidate.surface(text, tokens, end + 1, end + 2);
            return Names.isAcronym(acronym) && cluster.forms.contains(acronym) ? " (" + acronym + ")" : null;
        }
        String acronym = end < tokens.size() ? Candidate.surface(text, tokens, end, end + 1) : "";
        return Names.isAcronym(acronym) && cluster.forms.contains(acronym) ? " " + acronym : null;
    }

    /**
     * Whether the mention ending at {@code end} ends its noun phrase, so that the article before it is its own:
     * in "the U.S. Embassy" or "the Mozambique project" the article belongs to the noun after the name.
     */
    private static boolean endsNounPhrase(List<Token> tokens, int end) {
        for (Token token : tokens) {
            if (token.span().start() >= end) {
                String pos = token.pos();
                return !pos.startsWith("NN") && !pos.startsWith("JJ") && !pos.equals("CD") && !pos.equals("POS");
            }
        }
        return true;
    }

    private static boolean isArticle(Token token) {
        return token.word().toLowerCase(Locale.ROOT).equals("the");
    }

    private static boolean startsWithArticle(String surface) {
        String lower = surface.toLowerCase(Locale.ROOT);
        return lower.startsWith("the ") || lower.startsWith("a ") || lower.startsWith("an ");
    }
}
