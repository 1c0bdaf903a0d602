package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorResolver;
import org.sitrep.actors.BundledPlaceNames;
import org.sitrep.actors.DictionaryNameTagger;
import org.sitrep.events.RegressionCases.Case;
import org.sitrep.events.RegressionCases.Outcome;
import org.sitrep.events.RegressionCases.Tally;
import org.sitrep.figures.FigureExtractor;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventStatus;
import org.sitrep.nlp.NlpFixture;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.LocalActor;
import org.sitrep.places.GeoNamesGazetteer;
import org.sitrep.places.PlaceRecogniser;

/**
 * The event coder's regression suite: every record of {@code events/regression.yaml} through the production stages
 * (NLP, actors, figures, events), its last sentence's events matched to the expected ones, a tally per category and
 * the totals line printed to stdout. Red when the file is malformed, when it stops covering every class and status,
 * or when the coder falls below the floor measured on the current coder.
 */
class RegressionSuiteIT {
    /**
     * Measured 2026-11-22 on the coder of commit 70af8a2: 73 correct, 18 partial, 16 missed, 15 extra (107 expected
     * events in 109 records). The floor is correct + partial (91) rounded down to a multiple of 5; the ceiling on
     * extra events is 15 plus 5 of slack. Raise the floor and lower the ceiling as the coder improves; never lower
     * the floor to let a change through. 2026-12-06, with the narrative-time records: 101 correct, 11 partial
     * (112 of 127 records' events), floor 110. With the detection fixes of issue 13 (attempts, class conflicts,
     * wordings, targets telling events apart, purposes) and their 19 records (158): 138 correct, 11 partial,
     * 13 missed, 4 extra; floor 145. Merged with the place records of the same issue (venue, narrative, clause,
     * "the region"), the doer records, the actor record and the dates records (tense, paragraphs, forward year), 175
     * records: 153 correct, 13 partial, 13 missed, 5 extra; floor 165. With the narrative-time records of session 4
     * (uncounted spans, a year's end, the past told of the past, months counted from the time of writing, the
     * nearer year, the perfect within the narrative's year, lines dated after publication, the time of writing as
     * the narrative's, a clause about the time of writing), 184 records: 161 correct, 13 partial, 13 missed, 5 extra;
     * floor 170. With the doer records of the same round (a claim of responsibility, a name the tagger missed
     * once, aid received from a giver) and the place records (a facility's noun, a deployment's narrative place, an
     * embassy at the capital, worldwide), 191 records: 168 correct, 13 partial, 13 missed, 5 extra; floor 180. With a
     * place taken to that controls no purpose clause (192): 169 correct. Session 5, with the political-event records
     * (an office taken, reappointed, a premier elected, a constitution revoked, a deal struck, people gathering, a
     * boycott, a passive support verb, a framing coup, a shared negation, a promise's and a purpose's clause, a
     * command, an agreement's parties, an existential), 207 records: 186 correct, 13 partial, 13 missed, 4 extra;
     * floor 195. With the actor records of the same session (a person described by kin, by the group they lead,
     * an acronym given after "or", forces loyal to a person, a group introduced by a noun of its kind, mutinous
     * soldiers, a person's government), the conflict-detection records (armed men entering a town, control of
     * sites and not of institutions, outcomes asserted, "gunned down", troops brought in, a leader's kin fleeing, a
     * cause's object acting, CAMEO's verbs of rivalry, control regained), the attribute records (an election's
     * state, a venue named with its kind in lower case, a month's year carried past a paragraph break, "on the day
     * of" as no day of writing, a timeline's last entry on the day of publication) and a day of the week told in the
     * past (a week back, not a year), all merged: 233 records, 209 correct, 13 partial, 13 missed, 4 extra; floor
     * 218. With a particle that makes a verb another verb ("died down"), what is only likely, and the doer records
     * (a protest's participants, an election's winner by a winning verb, co-doers named with "with", a passive deed
     * whose doer acts in an "as" clause): 240 records, 216 correct, 13 partial, 13 missed, 4 extra; floor 225.
     * Session 6, with the doer records (a deed noun after a colon, coordinated country adjectives, troops of two
     * countries, a coup framing a deed, a thing used, a thing as agent, "it" continuing a body, a predicate noun
     * placed in time): 248 records, 225 correct, 13 partial, 13 missed, 4 extra.
     * Session 6, with the time-of-writing records (a light verb's object, hearsay, a frequency, a time of another
     * clause): 244 records, 221 correct, 13 partial, 13 missed, 4 extra; floor 230. With "the fall of" a town as
     * no autumn (245): 222 correct. With a count told by its verb after "two years ago" (246): 223 correct. With
     * "two years ago" as that year (247): 224 correct. With a
     * date on the first of two joined clauses (248): 225 correct. With a count
     * told by its clause (249): 226 correct, 13 partial; floor 235.
     * Session 6 merged (the detection, doer, date and actor records, and the lead's status records: what one was
     * unable to do, a threat that is a danger, a modal's scope): 270 records, 247 correct, 13 partial, 13 missed,
     * 4 extra; floor 255. With a count that does not tell whom a killing befell (271): 248 correct; with a
     * doer capitalised at a sentence's start (272): 249 correct, 13 partial, 13 missed, 4 extra. The second round
     * merged (places of origin and of victims, a junta the dictionary lacks, a leader's men, regional blocs, "better
     * known as"): 279 records, 256 correct, 13 partial, 13 missed, 5 extra; floor 265. Session 7, with the place
     * records (a facility over the places of its phrase's asides, a flight abroad): 281 records, 258 correct, 13
     * partial, 13 missed, 5 extra. Session 7 merged (actor names and appositions, described variants, country
     * adjectives as doers, a ruling body's coup, facility places, "the first" strikes and "dead", two coreference
     * guards and the same day told again): 293 records, 273 correct, 12 partial, 13 missed, 5 extra; floor 285.
     * Session 8 (described doers as one event's sides, episode doers, repeated deeds, membership never "from" a
     * place, carried days past subheads, a participle's tense, implicatives, announced measures, editorial notes,
     * verbs the parser made adjectives): 311 records, 288 correct, 15 partial, 13 missed, 5 extra; floor 300.
     * With a "since" span that moves no narrative (312 records): 289 correct.
     * Session 8, undated: with a news story's day past its subheads and a participle told at its clause's time
     * (2 records): 276 correct, 12 partial, 13 missed, 5 extra.
     */
    private static final int FLOOR_CORRECT_PLUS_PARTIAL = 300;
    // 2026-11-22, after the coder's status and coreference fixes: 78 correct, 16 partial, 13 missed, 2 extra;
    // re-measured before the places stage: 77/16/14/2; with it (places resolved, narrative places): 79/14/14/2;
    // with subjects and appositions read through the parser's bare "dep": 80/13/14/2; with the response and
    // after-publication date rules and their two new records (111): 84/13/14/2; with pronouns resolved and the
    // one elected as an election's actor: 85/12/14/2; with doers read around a dashed aside (112): 87/12/14/2;
    // with "its members" acting for their body and "last night" dated: 88/11/14/2; with the coreference, narrative-date
    // and argument rules of 2026-12-05 and their nine records (121): 96/12/15/2; with CAMEO's verbs as a second
    // lexicon, demand wordings, onset verbs, fresh mentions and modality and their nine records (134): 106/12/13/3;
    // with places never doers, the dominant armed group, event nouns lending doers, "between" parties, reported
    // "they" and their five records (139): measured at the merge. With "they" and "it" read across sentences, the
    // passive's subject of a raised clause, time objects, an election's winner and the displaced as doers and their
    // six records (146): 122/11/13/4, floor 130; with the one movement as an unnamed protest's doer (147):
    // 123/11/13/4. With a country's forces as actors and their record (140): 116/12/13/5. All merged (175): 153/13/13/5.
    // With "the hotel" as the facility named before and deployments placed by the narrative, and their two records
    // (177): 155/13/13/5 (168: the floor stays 165). With an embassy's act at the capital and protests worldwide and
    // their two records (179): 157/13/13/5, floor 170.
    private static final int CEILING_EXTRA = 5;

    private static Results results;

    /** All records run once per test class: CoreNLP takes ~20 s to load. */
    private static synchronized Results results() {
        if (results == null) {
            results = run(RegressionCases.load());
        }
        return results;
    }

    private record Results(List<Outcome> outcomes, Map<String, Tally> byCategory, Tally total) {
    }

    private static Results run(List<Case> cases) {
        DictionaryNameTagger dictionary = new DictionaryNameTagger(ActorDictionary.bundled());
        ActorResolver actors = new ActorResolver(ActorDictionary.bundled(), BundledPlaceNames.load());
        FigureExtractor figures = new FigureExtractor();
        PlaceRecogniser places = new PlaceRecogniser(GeoNamesGazetteer.bundled());
        EventCoder coder = new EventCoder(EventLexicon.bundled());
        Map<String, Tally> byCategory = new LinkedHashMap<>();
        RegressionCases.CATEGORIES.forEach(category -> byCategory.put(category, Tally.ZERO));
        Tally total = Tally.ZERO;
        List<Outcome> outcomes = new ArrayList<>();
        StringBuilder details = new StringBuilder();
        for (Case regressionCase : cases) {
            AnalysedDocument document = NlpFixture.annotate(regressionCase.text(), regressionCase.published());
            dictionary.apply(document);
            actors.apply(document);
            figures.apply(document);
            places.apply(document);
            coder.apply(document);
            int last = document.sentences().get(document.sentences().size() - 1).index();
            List<Event> produced = document.events().stream()
                    .filter(e -> e.mentions().stream().anyMatch(m -> m.sentence() == last)).toList();
            Map<String, String> names = new HashMap<>();
            for (LocalActor actor : document.localActors()) {
                names.put(actor.key(), actor.name());
            }
            Outcome outcome = RegressionCases.match(regressionCase, produced, names::get);
            outcomes.add(outcome);
            byCategory.merge(regressionCase.category(), Tally.ZERO.plus(outcome), (a, b) -> a.plus(outcome));
            total = total.plus(outcome);
            if (!outcome.clean()) {
                details.append(regressionCase.id()).append(": ").append(regressionCase.text()).append('\n');
                outcome.partial().forEach(p -> details.append("    partial ").append(p).append('\n'));
                outcome.missed().forEach(m -> details.append("    missed  ").append(m).append('\n'));
                outcome.extra().forEach(x -> details.append("    extra   ").append(x).append('\n'));
            }
        }
        System.out.println("--- event regression suite: records not coded exactly ---");
        System.out.print(details);
        System.out.print(RegressionCases.table(byCategory, total));
        System.out.printf("regression suite: %d correct, %d partial, %d missed, %d extra%n", total.correct(),
                total.partial(), total.missed(), total.extra());
        return new Results(outcomes, byCategory, total);
    }

    @Test
    void the_file_parses_into_well_formed_records() {
        List<Case> cases = RegressionCases.load();

        assertThat(cases).hasSizeGreaterThanOrEqualTo(80);
        assertThat(cases).extracting(Case::id).doesNotHaveDuplicates();
        assertThat(cases).allSatisfy(c -> assertThat(c.text()).isNotBlank());
        assertThat(cases.stream().filter(c -> c.events().isEmpty()).count())
                .as("'no event' negatives").isGreaterThanOrEqualTo(10);
        assertThat(cases.stream().map(Case::category).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(RegressionCases.CATEGORIES);
    }

    @Test
    void every_crisis_class_but_other_and_coup_attempt_is_expected_somewhere() {
        Set<CrisisClass> expected = new HashSet<>();
        RegressionCases.load().forEach(c -> c.events().forEach(e -> expected.add(e.crisisClass())));

        Set<CrisisClass> required = EnumSet.allOf(CrisisClass.class);
        required.removeAll(EnumSet.of(CrisisClass.OTHER, CrisisClass.COUP_ATTEMPT));
        assertThat(expected).containsAll(required);
    }

    @Test
    void every_status_is_expected_somewhere() {
        Set<EventStatus> expected = EnumSet.noneOf(EventStatus.class);
        RegressionCases.load().forEach(c -> c.events().forEach(e -> expected.add(e.status())));

        assertThat(expected).containsExactlyInAnyOrder(EventStatus.values());
    }

    @Test
    void the_coder_stays_above_the_measured_floor() {
        Tally total = results().total();

        assertThat(total.correct() + total.partial()).as("correct + partial").isGreaterThanOrEqualTo(
                FLOOR_CORRECT_PLUS_PARTIAL);
        assertThat(total.extra()).as("extra events").isLessThanOrEqualTo(CEILING_EXTRA);
    }
}
