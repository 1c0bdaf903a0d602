package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.Span;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;
import org.sitrep.model.time.TimeMention;
import org.sitrep.model.time.Timex;
import org.sitrep.pipeline.AnalysedDocument;

/** The coder's units one by one, on sentences parsed by hand: no language model is loaded. */
class CoderUnitsTest {
    private static final EventLexicon LEXICON = EventLexicon.bundled();

    private static final String[] JUNTA_ARRESTED_MINISTER = {"the DT 1 det", "junta NN 2 nsubj",
        "arrest VBD -1 root", "the DT 4 det", "minister NN 2 obj"};

    private static HandParse juntaArrestedMinister() {
        return new HandParse().sentence("The junta arrested the minister", JUNTA_ARRESTED_MINISTER)
                .actor("junta", "group:junta", ActorKind.ARMED_GROUP, "junta");
    }

    private static Units units(HandParse hand) {
        return new Units(new CodingContext(hand.build(), LEXICON));
    }

    /** The units of one document, wired as the coder wires them. */
    private record Units(CodingContext context, HeadKinds kinds, Subjects subjects, TriggerMatcher triggers,
                         ArgumentReader arguments, RoleReader roles) {
        Units(CodingContext context) {
            this(context, new HeadKinds(context), new Subjects(context.words, context.lexicon.status().implicatives()));
        }

        Units(CodingContext context, HeadKinds kinds, Subjects subjects) {
            this(context, kinds, subjects, new TriggerMatcher(context, kinds, subjects));
        }

        Units(CodingContext context, HeadKinds kinds, Subjects subjects, TriggerMatcher triggers) {
            this(context, kinds, subjects, triggers, new ArgumentReader(context, triggers, new Antecedents(context), subjects));
        }

        Units(CodingContext context, HeadKinds kinds, Subjects subjects, TriggerMatcher triggers,
              ArgumentReader arguments) {
            this(context, kinds, subjects, triggers, arguments,
                    new RoleReader(context, kinds, subjects, arguments, new DashedDoers(context)));
        }
    }

    @Test
    void trigger_matcher_finds_a_verb_of_the_lexicon() {
        HandParse hand = juntaArrestedMinister();
        List<Found> found = units(hand).triggers().triggers(0, hand.parse(0));
        assertThat(found).extracting(f -> f.trigger().crisisClass()).containsExactly(CrisisClass.ARREST);
        assertThat(found.get(0).text()).isEqualTo("arrested");
    }

    @Test
    void trigger_matcher_needs_the_object_a_trigger_names() {
        HandParse aid = new HandParse().sentence("Donors suspended aid",
                "donor NNS 1 nsubj", "suspend VBD -1 root", "aid NN 1 obj");
        HandParse talks = new HandParse().sentence("Donors suspended talks",
                "donor NNS 1 nsubj", "suspend VBD -1 root", "talk NNS 1 obj");
        assertThat(units(aid).triggers().triggers(0, aid.parse(0))).extracting(Found::text)
                .containsExactly("suspended aid");
        assertThat(units(talks).triggers().triggers(0, talks.parse(0))).extracting(f -> f.trigger().crisisClass())
                .doesNotContain(CrisisClass.AID_SUSPEND);
    }

    @Test
    void trigger_matcher_skips_a_noun_that_modifies_another() {
        HandParse hand = new HandParse().sentence("The coup leaders spoke",
                "the DT 2 det", "coup NN 2 compound", "leader NNS 3 nsubj", "speak VBD -1 root");
        assertThat(units(hand).triggers().triggers(0, hand.parse(0))).isEmpty();
    }

    @Test
    void role_reader_takes_the_subject_as_source_and_the_object_as_target() {
        HandParse hand = juntaArrestedMinister();
        Units units = units(hand);
        Found arrest = units.triggers().triggers(0, hand.parse(0)).get(0);
        Roles roles = units.roles().read(arrest, units.context().document.sentences().get(0), hand.parse(0));
        assertThat(roles.sources()).extracting(EventActor::actorKey).containsExactly("group:junta");
        assertThat(roles.targets()).extracting(EventActor::entityText).containsExactly("minister");
    }

    @Test
    void role_reader_takes_a_support_verbs_subject_as_a_nouns_doer() {
        HandParse hand = new HandParse().sentence("The council imposed sanctions",
                "the DT 1 det", "council NN 2 nsubj", "impose VBD -1 root", "sanction NNS 2 obj")
                .actor("council", "igo:council", ActorKind.IGO);
        Units units = units(hand);
        Found sanctions = units.triggers().triggers(0, hand.parse(0)).get(0);
        Roles roles = units.roles().read(sanctions, units.context().document.sentences().get(0), hand.parse(0));
        assertThat(sanctions.trigger().crisisClass()).isEqualTo(CrisisClass.SANCTION);
        assertThat(roles.sources()).extracting(EventActor::actorKey).containsExactly("igo:council");
    }

    @Test
    void antecedents_find_the_body_it_stands_for() {
        HandParse hand = new HandParse()
                .sentence("The bloc met", "the DT 1 det", "bloc NN 2 nsubj", "meet VBD -1 root")
                .actor("bloc", "igo:bloc", ActorKind.IGO)
                .sentence("It condemned the coup", "it PRP 1 nsubj", "condemn VBD -1 root", "the DT 3 det",
                        "coup NN 1 obj");
        Units units = units(hand);
        assertThat(new Antecedents(units.context()).of(false, hand.parse(1).token(0).span(), 1, hand.parse(1)))
                .map(m -> m.actorKey()).contains("igo:bloc");
        assertThat(units.arguments().actor(0, hand.parse(1), 1)).map(EventActor::actorKey).contains("igo:bloc");
    }

    @Test
    void status_reader_reads_negation_modals_and_governing_verbs() {
        StatusReader status = new StatusReader(LEXICON);
        Parse negated = new HandParse().sentence("He did not resign", "he PRP 3 nsubj", "do VBD 3 aux",
                "not RB 3 advmod", "resign VB -1 root").parse(0);
        Parse planned = new HandParse().sentence("They will hold elections", "they PRP 2 nsubj", "will MD 2 aux",
                "hold VB -1 root", "election NNS 2 obj").parse(0);
        Parse threatened = new HandParse().sentence("They threatened to strike", "they PRP 1 nsubj",
                "threaten VBD -1 root", "to TO 3 mark", "strike VB 1 xcomp").parse(0);
        assertThat(status.of(3, negated)).isEqualTo(EventStatus.NEGATED);
        assertThat(status.of(3, planned)).isEqualTo(EventStatus.PLANNED);
        assertThat(status.of(3, threatened)).isEqualTo(EventStatus.THREATENED);
        assertThat(status.of(CrisisClass.THREATEN, 1, threatened)).isEqualTo(EventStatus.THREATENED);
    }

    @Test
    void event_placer_takes_the_place_hanging_on_the_trigger() {
        HandParse hand = new HandParse().sentence("Gunmen attacked a camp in Tessit",
                "gunman NNS 1 nsubj", "attack VBD -1 root", "a DT 3 det", "camp NN 1 obj", "in IN 5 case",
                "Tessit NNP 1 obl").town("Tessit", 42L);
        CodingContext context = new CodingContext(hand.build(), LEXICON);
        EventDates dates = new EventDates(context.document, LEXICON.dates());
        EventPlacer placer = new EventPlacer(context, new HeadKinds(context), dates);
        assertThat(placer.place(1, hand.parse(0), 0, CrisisClass.ATTACK, List.of()).geonameId()).isEqualTo(42L);
        assertThat(placer.attachedPlace(1, hand.parse(0), 0)).isTrue();
    }

    @Test
    void event_dates_count_two_days_later_from_the_narrative() {
        HandParse hand = new HandParse().published(LocalDate.of(2030, 5, 1))
                .sentence("Two days later troops withdrew", "two CD 1 nummod", "day NNS 2 obl:npmod",
                        "later RB 4 advmod", "troop NNS 4 nsubj", "withdraw VBD -1 root");
        AnalysedDocument document = hand.build();
        document.addTimes(List.of(new org.sitrep.model.time.TimeMention(0, new org.sitrep.model.Span(0, 20),
                "Two days later", null, null)));
        EventDates dates = new EventDates(document, LEXICON.dates());
        assertThat(dates.dateFor(0, hand.parse(0), 4).range()).isNull();
        dates.remember(0, org.sitrep.model.time.DateRange.day(LocalDate.of(2030, 3, 10)));
        assertThat(dates.dateFor(0, hand.parse(0), 4).range())
                .isEqualTo(org.sitrep.model.time.DateRange.day(LocalDate.of(2030, 3, 12)));
    }

    @Test
    void date_rules_read_a_range_of_days_sutime_leaves_out() {
        HandParse hand = new HandParse().published(LocalDate.of(2030, 5, 1))
                .sentence("Talks were held 21-22 March", "talk NNS 2 nsubj:pass", "be VBD 2 aux:pass",
                        "hold VBN -1 root", "21-22 CD 4 nummod", "March NNP 2 obl:tmod");
        DateRules rules = new DateRules(hand.build(), LEXICON.dates());
        EventDates.Dated range = rules.dayRange(0);
        assertThat(range.range().start()).isEqualTo(LocalDate.of(2030, 3, 21));
        assertThat(range.range().end()).isEqualTo(LocalDate.of(2030, 3, 22));
    }

    @Test
    void default_doers_name_the_actor_with_the_class_tag() {
        HandParse hand = new HandParse()
                .sentence("The junta spoke", "the DT 1 det", "junta NN 2 nsubj", "speak VBD -1 root")
                .actor("junta", "group:junta", ActorKind.ARMED_GROUP, "junta")
                .sentence("Ministers were arrested", "minister NNS 2 nsubj:pass", "be VBD 2 aux:pass",
                        "arrest VBN -1 root");
        DefaultDoers doers = new DefaultDoers(new CodingContext(hand.build(), LEXICON));
        assertThat(doers.of(CrisisClass.ARREST, 1, null)).map(EventActor::actorKey).contains("group:junta");
        assertThat(doers.of(CrisisClass.CONDEMN, 1, null)).isEmpty();
    }

    @Test
    void the_coder_codes_a_hand_parsed_document() {
        AnalysedDocument document = juntaArrestedMinister().build();
        new EventCoder(LEXICON).apply(document);
        assertThat(document.events()).singleElement().satisfies(event -> {
            assertThat(event.crisisClass()).isEqualTo(CrisisClass.ARREST);
            assertThat(event.sources()).extracting(EventActor::actorKey).containsExactly("group:junta");
            assertThat(event.status()).isEqualTo(EventStatus.OCCURRED);
        });
    }

    @Test
    void a_date_without_a_year_takes_the_year_the_narrative_is_in() {
        HandParse hand = new HandParse().published(LocalDate.of(2030, 11, 17))
                .sentence("In 1987 rebels fled", "in IN 1 case", "1987 CD 3 obl", "rebel NNS 3 nsubj",
                        "flee VBD -1 root")
                .sentence("The 2005 charter held", "the DT 2 det", "2005 CD 2 nummod", "charter NN 3 nsubj",
                        "hold VBD -1 root")
                .sentence("On 25 August rebels attacked", "on IN 2 case", "25 CD 2 nummod", "August NNP 4 obl",
                        "rebel NNS 4 nsubj", "attack VBD -1 root");
        AnalysedDocument document = hand.build();
        String text = document.text();
        int year = text.indexOf("1987");
        int name = text.indexOf("2005");
        int day = text.indexOf("25 August");
        document.addTimes(List.of(
                new TimeMention(0, new Span(year, year + 4), "1987", "1987", Timex.toRange("1987").orElseThrow()),
                new TimeMention(1, new Span(name, name + 4), "2005", "2005", Timex.toRange("2005").orElseThrow()),
                new TimeMention(2, new Span(day, day + 9), "25 August", "2030-08-25",
                        Timex.toRange("2030-08-25").orElseThrow())));
        List<TimeMention> resolved = NarrativeYears.resolve(document, LEXICON.dates());
        assertThat(resolved.get(2).range()).isEqualTo(DateRange.day(LocalDate.of(1987, 8, 25)));
        assertThat(NarrativeYears.nameModifier(resolved.get(1), hand.parse(1))).isTrue();
        assertThat(NarrativeYears.nameModifier(resolved.get(0), hand.parse(0))).isFalse();
    }

    @Test
    void a_day_after_a_year_invents_no_day() {
        HandParse hand = new HandParse().published(LocalDate.of(2030, 5, 1))
                .sentence("Troops withdrew", "troop NNS 1 nsubj", "withdraw VBD -1 root");
        DateRules rules = new DateRules(hand.build(), LEXICON.dates());
        DateRange year = Timex.toRange("2011").orElseThrow();
        assertThat(rules.shifted(year, "day", 1)).isEqualTo(year);
        assertThat(rules.shifted(Timex.toRange("2011-03").orElseThrow(), "week", 1).precision())
                .isEqualTo(DatePrecision.MONTH);
        assertThat(rules.shifted(DateRange.day(LocalDate.of(2011, 3, 31)), "day", 1))
                .isEqualTo(DateRange.day(LocalDate.of(2011, 4, 1)));
    }

    @Test
    void an_event_noun_an_onset_verb_tells_of_founds_an_event_and_another_one_founds_a_second() {
        HandParse hand = new HandParse()
                .sentence("Riots broke out", "riot NNS 1 nsubj", "break VBD -1 root", "out RP 1 compound:prt")
                .sentence("Riots began again", "riot NNS 1 nsubj", "begin VBD -1 root", "again RB 1 advmod");
        AnalysedDocument document = hand.build();
        new EventCoder(LEXICON).apply(document);
        assertThat(document.events()).extracting(e -> e.crisisClass())
                .containsExactly(CrisisClass.PROTEST, CrisisClass.PROTEST);
    }

    @Test
    void a_definite_noun_an_onset_verb_tells_of_recalls_the_event_told_before() {
        HandParse hand = new HandParse()
                .sentence("Soldiers staged a coup", "soldier NNS 1 nsubj", "stage VBD -1 root", "a DT 3 det",
                        "coup NN 1 obj")
                .sentence("The coup began", "the DT 1 det", "coup NN 2 nsubj", "begin VBD -1 root");
        AnalysedDocument document = hand.build();
        new EventCoder(LEXICON).apply(document);
        assertThat(document.events()).singleElement().satisfies(e -> assertThat(e.mentions()).hasSize(2));
    }

    @Test
    void a_verb_an_allowing_verb_governs_is_not_an_event_that_happened() {
        Parse allowed = new HandParse().sentence("The charter allowed the junta to appoint a premier",
                "the DT 1 det", "charter NN 2 nsubj", "allow VBD -1 root", "the DT 4 det", "junta NN 2 obj",
                "to TO 6 mark", "appoint VB 2 xcomp", "a DT 8 det", "premier NN 6 obj").parse(0);
        assertThat(new StatusReader(LEXICON).of(CrisisClass.APPOINT, 6, allowed))
                .isEqualTo(EventStatus.HYPOTHETICAL);
    }
}
