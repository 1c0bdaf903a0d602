package org.sitrep.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Span;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.ActorMention;
import org.sitrep.model.text.TextFold;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.LocalActor;

/**
 * The names a report gives its actors other than states, where the tagger read one as a place: a given name of a
 * person the report names in full ("with Y calling for ..." after "Y Z"), or a word inside an actor's description
 * ("the President of the Republic"). A state's name stays a place: a country is as often where as who.
 */
final class ActorWords {
    /** The first and last words of the names of actors other than states. */
    private final Set<String> words = new HashSet<>();
    /** Whole names of actors other than states. */
    private final Set<String> whole = new HashSet<>();
    private final Map<Integer, List<Span>> mentions = new HashMap<>();

    private ActorWords() {
    }

    static ActorWords of(AnalysedDocument document) {
        ActorWords out = new ActorWords();
        Set<String> states = new HashSet<>();
        for (LocalActor actor : document.localActors()) {
            if (actor.kind() == ActorKind.STATE) {
                states.add(actor.key());
                continue;
            }
            List<String> forms = new ArrayList<>(actor.surfaceForms());
            forms.add(actor.name());
            for (String form : forms) {
                String folded = TextFold.name(form);
                if (!folded.isEmpty()) {
                    out.whole.add(folded);
                }
                List<String> words = TextFold.nameWords(form);
                if (words.size() > 1) {
                    out.words.add(words.get(0));
                    out.words.add(words.get(words.size() - 1));
                }
            }
        }
        for (ActorMention m : document.actorMentions()) {
            if (!states.contains(m.actorKey())) {
                out.mentions.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m.span());
            }
        }
        return out;
    }

    /**
     * Whether a name is a word of an actor's name and no actor's whole name: a given name or a surname of someone
     * the report names in full ("with Y calling for ..." after "Y Z").
     */
    boolean wordOfName(String name) {
        String folded = TextFold.name(name);
        return words.contains(folded) && !whole.contains(folded);
    }

    /** Whether {@code span} of sentence {@code sentence} lies inside the mention of an actor not a state. */
    boolean inside(int sentence, Span span) {
        for (Span m : mentions.getOrDefault(sentence, List.of())) {
            if (m.start() <= span.start() && span.end() <= m.end() && !m.equals(span)) {
                return true;
            }
        }
        return false;
    }
}
