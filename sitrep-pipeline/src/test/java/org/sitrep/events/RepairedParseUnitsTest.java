package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.pipeline.AnalysedDocument;

/**
 * Events found once a misparse is repaired (a verb the parser hung as an adjective or left hanging): sentences
 * parsed by hand the way the parser gets them wrong; no language model is loaded.
 */
class RepairedParseUnitsTest {
    private static final EventLexicon LEXICON = EventLexicon.bundled();

    private static List<Event> coded(HandParse hand) {
        AnalysedDocument document = hand.build();
        new EventCoder(LEXICON).apply(document);
        return document.events();
    }

    private static List<String> doers(Event event) {
        return event.sources().stream().map(EventActor::entityText).toList();
    }

    @Test
    void a_gerund_hung_on_the_object_its_entry_names_is_the_verb() {
        // The parser reads "gaining" as an adjective of "control".
        List<Event> events = coded(new HandParse().sentence("Militias succeeded in gaining control of Kolo",
                "militia NNS 1 nsubj", "succeed VBD -1 root", "in IN 4 case", "gain VBG 4 amod", "control NN 1 obl",
                "of IN 6 case", "Kolo NNP 4 nmod").town("Kolo", 42L));
        assertThat(events).extracting(Event::crisisClass).containsExactly(CrisisClass.SEIZE_TERRITORY);
        assertThat(doers(events.get(0))).containsExactly("Militias");
        assertThat(events.get(0).place().name()).isEqualTo("Kolo");
    }

    @Test
    void an_adjectival_gerund_on_a_noun_no_entry_names_stays_an_adjective() {
        HandParse hand = new HandParse().sentence("Prices rose amid growing tension", "price NNS 1 nsubj",
                "rise VBD -1 root", "amid IN 4 case", "grow VBG 4 amod", "tension NN 1 obl");
        assertThat(hand.parse(0).relation(3)).isEqualTo("amod");
        assertThat(VerbsOnTheirObjects.repaired(hand.build().tokens(0), LEXICON::namesObject, lemma -> !LEXICON.nounTriggers(lemma).isEmpty(), Set.of("by", "in"))
                .get(3).relation()).isEqualTo("amod");
        assertThat(coded(hand)).isEmpty();
    }

    @Test
    void a_participle_hung_on_hostage_holds_the_noun_it_describes_and_takes_its_by_phrase() {
        // The parser reads "held" as an adjective of "hostage", and "by the militia" as the noun's.
        HandParse hand = new HandParse().sentence("A reporter held hostage by the militia was freed", "a DT 1 det",
                "reporter NN 8 nsubj:pass", "hold VBN 3 amod", "hostage NN 1 dep", "by IN 6 case", "the DT 6 det",
                "militia NN 3 nmod", "be VBD 8 aux:pass", "free VBN -1 root");
        var repaired = VerbsOnTheirObjects.repaired(hand.build().tokens(0), LEXICON::namesObject, lemma -> !LEXICON.nounTriggers(lemma).isEmpty(), Set.of("by", "in"));
        assertThat(repaired.get(2).head()).isEqualTo(1);
        assertThat(repaired.get(2).relation()).isEqualTo("acl");
        assertThat(repaired.get(3).relation()).isEqualTo("obj");
        assertThat(repaired.get(6).head()).isEqualTo(2);
        List<Event> events = coded(hand);
        assertThat(events).extracting(Event::crisisClass).contains(CrisisClass.KIDNAP);
        Event kidnap = events.stream().filter(e -> e.crisisClass() == CrisisClass.KIDNAP).findFirst().orElseThrow();
        assertThat(doers(kidnap)).containsExactly("militia");
        assertThat(kidnap.targets()).anyMatch(target -> target.entityText().contains("reporter"));
    }

    @Test
    void a_second_verb_of_a_repaired_relative_clause_takes_the_noun_after_it() {
        // "attacked" hung as an adjective of "posts" (repaired by ParseRepairs); "gained" a conjunct of the noun
        // and "control" a bare dependent of it.
        List<Event> events = coded(new HandParse().sentence("The band , which attacked posts and gained control of Kolo",
                "the DT 1 det", "band NN -1 root", ", , 1 punct", "which WDT 5 det", "attack VBD 5 amod",
                "post NNS 1 appos", "and CC 7 cc", "gain VBD 5 conj", "control NN 5 dep", "of IN 10 case",
                "Kolo NNP 8 nmod").town("Kolo", 42L));
        assertThat(events).extracting(Event::crisisClass)
                .containsExactlyInAnyOrder(CrisisClass.ATTACK, CrisisClass.SEIZE_TERRITORY);
    }

    @Test
    void a_bare_count_as_subject_counts_people() {
        List<Event> left = coded(new HandParse().sentence("3,000 left their homes", "3000 CD 1 nsubj NUMBER",
                "leave VBD -1 root", "they PRP$ 3 nmod:poss", "home NNS 1 obj"));
        assertThat(left).extracting(Event::crisisClass).containsExactly(CrisisClass.DISPLACEMENT);
        // A year is no count of people.
        List<Event> year = coded(new HandParse().sentence("1990 left its mark", "1990 CD 1 nsubj DATE",
                "leave VBD -1 root", "its PRP$ 3 nmod:poss", "mark NN 1 obj"));
        assertThat(year).isEmpty();
    }
}
