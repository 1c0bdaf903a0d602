package org.sitrep.events;

import java.util.function.Predicate;
import org.sitrep.model.event.CrisisClass;

/** The roles the coder reads for one trigger of a hand-parsed sentence, built as the coder builds its readers. */
final class HandRoles {
    private static final EventLexicon LEXICON = EventLexicon.bundled();

    private HandRoles() {
    }

    /** The roles of the first trigger of {@code crisisClass} in sentence {@code sentence}. */
    static Roles of(HandParse hand, CrisisClass crisisClass, int sentence) {
        return read(hand, sentence, found -> found.trigger().crisisClass() == crisisClass);
    }

    /** The roles of the trigger at token {@code token} of the first sentence. */
    static Roles at(HandParse hand, int token) {
        return read(hand, 0, found -> found.token() == token);
    }

    private static Roles read(HandParse hand, int sentence, Predicate<Found> which) {
        CodingContext context = new CodingContext(hand.build(), LEXICON);
        HeadKinds kinds = new HeadKinds(context);
        Subjects subjects = new Subjects(context.words, context.lexicon.status().implicatives());
        TriggerMatcher triggers = new TriggerMatcher(context, kinds, subjects);
        RoleReader roles = new RoleReader(context, kinds, subjects,
                new ArgumentReader(context, triggers, new Antecedents(context), subjects), new DashedDoers(context));
        Found found = triggers.triggers(sentence, hand.parse(sentence)).stream().filter(which).findFirst()
                .orElseThrow();
        return roles.read(found, context.document.sentences().get(sentence), hand.parse(sentence));
    }
}
