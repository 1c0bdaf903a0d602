package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.event.EventStatus;
import org.sitrep.pipeline.AnalysedDocument;

/** The doer of a passive deed with no doer of its own is the one who led the episode told just before. */
class EpisodeDoerUnitsTest {
    private static final EventLexicon LEXICON = EventLexicon.bundled();

    private static HandParse massed(HandParse hand) {
        return hand.sentence("Vance massed his troops near Ostra", "Vance NNP 1 nsubj", "mass VBD -1 root",
                        "his PRP$ 3 nmod:poss", "troop NNS 1 obj", "near IN 5 case", "Ostra NNP 1 obl")
                .actor("Vance", "person:vance", ActorKind.PERSON);
    }

    private static HandParse attacked(HandParse hand) {
        return hand.sentence("Sylvania attacked", "Sylvania NNP 1 nsubj", "attack VBD -1 root")
                .actor("Sylvania", "state:SYL", ActorKind.STATE);
    }

    private static HandParse killed(HandParse hand, boolean named) {
        return named ? hand.sentence("Forty Sylvanians were killed", "forty CD 1 nummod",
                        "Sylvanian NNPS 3 nsubj:pass", "be VBD 3 aux:pass", "kill VBN -1 root")
                .demonym("Sylvanians", "Sylvania", "SYL")
                : hand.sentence("Forty were killed", "forty CD 2 nsubj:pass", "be VBD 2 aux:pass", "kill VBN -1 root");
    }

    private static Event attack(int sentence, AnalysedDocument document) {
        Span at = document.actorMentions().stream().filter(m -> m.actorKey().equals("state:SYL")).findFirst()
                .orElseThrow().span();
        return event(CrisisClass.ATTACK, List.of(new EventActor("state:SYL", "Sylvania", at)), sentence, "attacked");
    }

    private static Event event(CrisisClass crisisClass, List<EventActor> doers, int sentence, String trigger) {
        return new Event("evt-" + crisisClass + sentence, crisisClass, null, doers, List.of(), null, null, null, null,
                EventStatus.OCCURRED, 0.5, List.of(new EventMention("doc-hand", sentence, new Span(0, 1), "x",
                trigger)));
    }

    private static java.util.Optional<EventActor> doer(HandParse hand, int attackSentence, int killSentence) {
        AnalysedDocument document = hand.build();
        EpisodeDoers episodes = new EpisodeDoers(new CodingContext(document, LEXICON),
                new EventDates(document, LEXICON.dates()));
        List<Event> told = attackSentence < 0 ? List.of() : List.of(attack(attackSentence, document));
        return episodes.of(event(CrisisClass.KILL, List.of(), killSentence, "killed"), told);
    }

    @Test
    void the_other_side_of_the_episode_killed_the_dead_a_demonym_names_as_the_attackers_own() {
        assertThat(doer(killed(attacked(massed(new HandParse())), true), 1, 2)).map(EventActor::actorKey)
                .contains("person:vance");
    }

    @Test
    void the_attackers_own_dead_are_not_the_attackers_deed() {
        assertThat(doer(killed(attacked(new HandParse()), true), 0, 1)).isEmpty();
    }

    @Test
    void the_one_leader_of_the_episode_did_a_deed_whose_victims_are_unnamed() {
        assertThat(doer(killed(attacked(new HandParse()), false), 0, 1)).map(EventActor::actorKey)
                .contains("state:SYL");
    }

    @Test
    void two_sides_left_or_a_paragraph_between_name_no_doer() {
        assertThat(doer(killed(attacked(massed(new HandParse())), false), 1, 2)).isEmpty();
        assertThat(doer(killed(attacked(new HandParse()).paragraph(), false), 0, 1)).isEmpty();
    }

    @Test
    void a_noun_or_a_deed_of_another_class_takes_no_episode_doer() {
        HandParse hand = killed(attacked(new HandParse()), false);
        AnalysedDocument document = hand.build();
        EpisodeDoers episodes = new EpisodeDoers(new CodingContext(document, LEXICON),
                new EventDates(document, LEXICON.dates()));
        List<Event> told = List.of(attack(0, document));
        assertThat(episodes.of(event(CrisisClass.KILL, List.of(), 1, "killing"), told)).isEmpty();
        assertThat(episodes.of(event(CrisisClass.PROTEST, List.of(), 1, "killed"), told)).isEmpty();
    }
}
