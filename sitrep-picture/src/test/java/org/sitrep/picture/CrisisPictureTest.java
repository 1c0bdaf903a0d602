package org.sitrep.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.sitrep.model.event.CrisisClass.AID_SUSPEND;
import static org.sitrep.model.event.CrisisClass.COUP;
import static org.sitrep.model.event.CrisisClass.MUTINY;
import static org.sitrep.model.event.CrisisClass.SANCTION;
import static org.sitrep.model.event.CrisisClass.SEIZE_TERRITORY;
import static org.sitrep.model.event.CrisisClass.SUSPEND_MEMBERSHIP;
import static org.sitrep.picture.Fixtures.day;
import static org.sitrep.picture.Fixtures.days;
import static org.sitrep.picture.Fixtures.event;
import static org.sitrep.picture.Fixtures.year;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.Role;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.figure.FigureKind;
import org.sitrep.model.figure.Qualifier;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;

/**
 * The whole picture of one invented crisis told by four invented reports, the way an analyst reads it: the
 * distinct real events, the situation on three dates and the real contradictions. The reports carry the kinds
 * of failure the picture must absorb: a retelling years later naming the later junta, a pronoun and a default
 * doer against named ones, a hypothetical coup, measures dated with the coup's days, descriptions and
 * translations of names, one figure pair told twice.
 */
class CrisisPictureTest {
    private static final Map<String, LocalDate> PUBLISHED = Map.of(
            "wire", LocalDate.parse("2031-05-06"),
            "weekly", LocalDate.parse("2031-06-04"),
            "review", LocalDate.parse("2031-09-01"),
            "retro", LocalDate.parse("2036-02-10"));
    private static final List<Actor> ACTORS = List.of(
            actor("veloria", "Veloria", ActorKind.STATE),
            actor("kestria", "Kestria", ActorKind.STATE, "KST",
                    new Role("head of state", "Kestria", LocalDate.parse("2029-01-01"), null)),
            actor("orsin", "Marek Orsin", ActorKind.PERSON, "VLR",
                    new Role("head of state", "Veloria", LocalDate.parse("2024-01-15"), LocalDate.parse("2031-05-04"))),
            actor("council", "High Council", ActorKind.MILITARY_UNIT, "VLR"),
            actor("guard", "Republican Guard", ActorKind.MILITARY_UNIT, "VLR"),
            actor("front", "Northern Front", ActorKind.ARMED_GROUP, "VLR"),
            actor("union", "Continental Union", ActorKind.IGO, "IGO"),
            actor("bloc", "Coastal Bloc", ActorKind.IGO, "IGO"),
            actor("donor", "Harbour Fund", ActorKind.ORG, "NGO"));

    private final EventMatcher matcher = new EventMatcher(Fixtures.RULES, Fixtures.PLACES);
    private final EventClusterer clusterer = new EventClusterer(matcher);
    private final EventMerger merger = new EventMerger(Fixtures.RULES, Fixtures.PLACES);

    private static Actor actor(String id, String name, ActorKind kind, Role... roles) {
        return actor(id, name, kind, "VLR", roles);
    }

    private static Actor actor(String id, String name, ActorKind kind, String country, Role... roles) {
        return new Actor(id, name, kind, country, null, null, List.of(name), List.of(roles), true);
    }

    private static List<ReportedEvent> reports() {
        return List.of(
                // The wire, two days after: the coup by the council, the suspension "after the coup" dated with
                // the coup's days, and a pronoun that the parser tied to the guard.
                event(COUP, "wire", 1).on(days("2031-05-03", "2031-05-04")).dated("3-4 May").by("council")
                        .against("orsin").reported(PUBLISHED),
                event(MUTINY, "wire", 2).on(day("2031-05-03")).dated("3 May").by("guard").reported(PUBLISHED),
                event(SUSPEND_MEMBERSHIP, "wire", 3).on(days("2031-05-03", "2031-05-04")).by("union")
                        .against("veloria").says("After the coup the union suspended the country.", "suspended")
                        .reported(PUBLISHED),
                event(AID_SUSPEND, "wire", 4).on(days("2031-05-03", "2031-05-04")).by("donor")
                        .says("The fund halted its programmes.", "halted").reported(PUBLISHED),
                // A coup the wire only imagines: it never becomes a coup.
                event(COUP, "wire", 5).on(new DateRange(LocalDate.parse("2031-11-01"), LocalDate.parse("2031-11-30"),
                        DatePrecision.MONTH)).by("guard").status(EventStatus.HYPOTHETICAL).reported(PUBLISHED),
                // The weekly: the coup again (its doer a pronoun standing for the guard), the three towns.
                event(COUP, "weekly", 1).on(day("2031-05-04")).dated("4 May").byPronoun("guard", "it")
                        .against("orsin").reported(PUBLISHED),
                event(SEIZE_TERRITORY, "weekly", 2).on(day("2031-05-20")).dated("20 May").at("Dorvik").by("front")
                        .reported(PUBLISHED),
                event(SEIZE_TERRITORY, "weekly", 3).on(day("2031-05-21")).dated("the next day").at("Salmara")
                        .by("front").reported(PUBLISHED),
                event(SEIZE_TERRITORY, "weekly", 4).on(day("2031-05-23")).dated("23 May").at("Kelmet").by("front")
                        .reported(PUBLISHED),
                event(SANCTION, "weekly", 5).on(day("2031-05-25")).dated("25 May").by("bloc").against("veloria")
                        .reported(PUBLISHED),
                // The coup told again, misdated by two years: Orsin left office on 4 May 2031, not in 2029.
                event(COUP, "weekly", 6).on(year(2029)).dated("two years earlier").by("council").against("orsin")
                        .reported(PUBLISHED),
                // The review: the coup once more, its doer only the report's default for coups.
                event(COUP, "review", 1).on(new DateRange(LocalDate.parse("2031-05-01"), LocalDate.parse("2031-05-31"),
                        DatePrecision.MONTH)).dated("May").byDefault("guard").reported(PUBLISHED),
                event(SEIZE_TERRITORY, "review", 2).on(day("2031-05-20")).dated("20 May").at("Dorvik").by("front")
                        .reported(PUBLISHED),
                // Years later: a second coup, and the first one retold, with the new junta as its doer.
                event(COUP, "retro", 1).on(day("2035-12-01")).dated("1 December").by("guard").reported(PUBLISHED),
                event(COUP, "retro", 2).on(year(2031)).dated("2031").by("guard").reported(PUBLISHED),
                // A weak single mention below the support threshold.
                event(SEIZE_TERRITORY, "retro", 3).on(day("2035-12-02")).dated("2 December").at("Kelmet").by("guard")
                        .confidence(0.25).reported(PUBLISHED));
    }

    private Support.Selection picture() {
        List<ReportedEvent> events = reports();
        List<MergedEvent> read = new EventReading(Fixtures.RULES, Fixtures.PLACES)
                .read(merger.merge(events, clusterer.cluster(events)), ACTORS);
        return Support.select(read, Fixtures.RULES, Fixtures.RULES.minSupport());
    }

    @Test
    void the_distinct_real_events_are_one_merged_event_each() {
        Support.Selection picture = picture();

        List<MergedEvent> coups = picture.kept().stream().filter(e -> e.crisisClass() == COUP).toList();
        assertThat(coups).extracting(MergedEvent::status).containsExactly(EventStatus.OCCURRED, EventStatus.HYPOTHETICAL,
                EventStatus.OCCURRED);
        MergedEvent first = coups.get(0);
        assertThat(first.docIds()).containsExactlyInAnyOrder("wire", "weekly", "review", "retro");
        // The misdated telling lost its date to the target's record and joined the coup it tells.
        assertThat(first.members()).hasSize(5);
        assertThat(first.date().date().start().getYear()).isEqualTo(2031);
        assertThat(first.date().consistent()).isTrue();
        // The named doer only: not the pronoun's, the default's or the retelling's guard.
        assertThat(first.sources()).extracting(a -> a.actorKey()).containsExactly("council");
        assertThat(first.support(Fixtures.RULES).reports()).isEqualTo(4);
        assertThat(coups.get(2).docIds()).containsExactly("retro");
        assertThat(coups.get(2).date().date().start()).isEqualTo(LocalDate.parse("2035-12-01"));

        assertThat(picture.kept().stream().filter(e -> e.crisisClass() == SEIZE_TERRITORY))
                .extracting(e -> e.place().text(), e -> e.docIds().size())
                .containsExactly(tuple("Dorvik", 2), tuple("Salmara", 1), tuple("Kelmet", 1));
        assertThat(picture.kept()).filteredOn(e -> e.crisisClass() == MUTINY).hasSize(1);
        assertThat(picture.kept()).filteredOn(e -> e.crisisClass() == SUSPEND_MEMBERSHIP).hasSize(1);
        assertThat(picture.kept()).filteredOn(e -> e.crisisClass() == SANCTION).hasSize(1);
        assertThat(picture.leftOut()).singleElement().satisfies(e -> assertThat(e.support(Fixtures.RULES).score())
                .isLessThan(Fixtures.RULES.minSupport()));
    }

    @Test
    void the_situation_on_three_dates() {
        History history = new SituationBuilder(Fixtures.RULES, Fixtures.PLACES).build(picture().kept(), ACTORS,
                List.of());

        Situation before = history.at(LocalDate.parse("2031-04-30"), "VLR");
        assertThat(before.power()).extracting(Spells.Power::country, Spells.Power::office, Spells.Power::holder)
                .containsExactly(tuple("VLR", "head of state", "Marek Orsin"));
        assertThat(before.control()).isEmpty();
        assertThat(before.measures()).isEmpty();

        Situation afterCoup = history.at(LocalDate.parse("2031-05-10"), "VLR");
        assertThat(afterCoup.power()).extracting(Spells.Power::country, Spells.Power::holder, Spells.Power::since)
                .containsExactly(tuple("VLR", "High Council", LocalDate.parse("2031-05-04")));
        // Measures dated with the coup's days began when it was over.
        assertThat(afterCoup.measures()).extracting(Spells.Measure::kind, Spells.Measure::against,
                        Spells.Measure::since)
                .containsExactlyInAnyOrder(tuple("SUSPEND_MEMBERSHIP", "Veloria", LocalDate.parse("2031-05-04")),
                        tuple("AID_SUSPEND", "Veloria", LocalDate.parse("2031-05-04")));

        Situation june = history.at(LocalDate.parse("2031-06-01"), "VLR");
        assertThat(june.power()).extracting(Spells.Power::holder).containsExactly("High Council");
        assertThat(june.control()).extracting(Spells.Control::place, Spells.Control::since)
                .containsExactly(tuple("Dorvik", LocalDate.parse("2031-05-20")),
                        tuple("Salmara", LocalDate.parse("2031-05-21")), tuple("Kelmet", LocalDate.parse("2031-05-23")));
        assertThat(june.measures()).extracting(Spells.Measure::kind).contains("SANCTION");
        // The neighbour's head of state is not Veloria's power.
        assertThat(june.power()).noneMatch(p -> "Kestria".equals(p.holder()));
    }

    @Test
    void only_real_disagreements_are_contradictions() {
        List<FigureClaim> claims = List.of(
                new FigureClaim(FigureKind.DISPLACED, 61_000, Qualifier.EXACT, "wire", PUBLISHED.get("wire"), 6,
                        "Some 61,000 people have fled, the wire said."),
                new FigureClaim(FigureKind.DISPLACED, 90_000, Qualifier.APPROX_BELOW, "weekly",
                        PUBLISHED.get("weekly"), 7, "Almost 90,000 have fled."));
        List<NameUse> names = List.of(
                name("council", "High Council for the Renewal of the Republic", "wire",
                        "The officers formed the High Council for the Renewal of the Republic."),
                name("council", "High Committee for the Rescue of the Republic", "weekly",
                        "They call themselves the High Committee for the Rescue of the Republic."),
                name("front", "Northern Front for the Freedom of Velmar", "wire", "The Northern Front for the "
                        + "Freedom of Velmar took the towns."),
                name("front", "Front du Nord pour la Liberté du Velmar", "weekly", "Le Front du Nord pour la Liberté "
                        + "du Velmar a pris les villes."),
                name("front", "Northern Front for the Liberty of Velmar", "review", "The Northern Front for the "
                        + "Liberty of Velmar holds Dorvik."),
                name("bloc", "the regional economic community of the coast", "review",
                        "The bloc, the regional economic community of the coast, met."),
                name("bloc", "Coastal Bloc of Trading States", "weekly", "The Coastal Bloc of Trading States met."),
                // A description before a name is not part of it: one word rendered two ways is no contradiction.
                name("cell", "Movement for Unity and Holy War in the Hills", "wire",
                        "The Movement for Unity and Holy War in the Hills attacked."),
                name("cell", "the splinter group Movement for Oneness and Holy War in the Hills", "weekly",
                        "Fighters of the splinter group Movement for Oneness and Holy War in the Hills fled."));

        List<Contradiction> found = new ContradictionFinder(Fixtures.RULES).find(picture().kept(), claims, names,
                id -> id);

        assertThat(found).extracting(Contradiction::kind, Contradiction::subject)
                .containsExactly(tuple("figure", "displaced"), tuple("name", "council"));
        assertThat(found.get(1).sides()).extracting(Contradiction.Side::value).containsExactlyInAnyOrder(
                "High Council for the Renewal of the Republic", "High Committee for the Rescue of the Republic");
    }

    private static NameUse name(String actorId, String name, String docId, String sentence) {
        return new NameUse(actorId, actorId, name, docId, 1, sentence);
    }
}
