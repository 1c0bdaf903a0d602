package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.export.EventFixtures.ACTOR_LOOKUP;
import static org.sitrep.export.EventFixtures.DOCUMENT_LOOKUP;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.actor.Actor;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.time.DatePrecision;

class EventExportAcledTest {
    private static Map<String, Object> acled(Event event) {
        return EventExport.toAcled(event, ACTOR_LOOKUP, DOCUMENT_LOOKUP);
    }

    @Test
    void columns_are_acled_columns_in_acled_order() {
        for (Event event : EventFixtures.all()) {
            assertThat(acled(event).keySet()).containsExactlyElementsOf(EventExport.ACLED_COLUMNS);
        }
        assertThat(EventExport.ACLED_COLUMNS).containsExactly("event_id_cnty", "event_date", "year",
                "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
                "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
                "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
                "source", "source_scale", "notes", "fatalities", "tags", "timestamp");
    }

    @Test
    void a_coup_is_a_strategic_development_between_state_forces() {
        Map<String, Object> row = acled(EventFixtures.coup());
        assertThat(row).containsEntry("event_id_cnty", "evt-coup")
                .containsEntry("event_date", "2031-03-21")
                .containsEntry("year", 2031)
                .containsEntry("time_precision", 1)
                .containsEntry("disorder_type", "Strategic developments")
                .containsEntry("event_type", "Strategic developments")
                .containsEntry("sub_event_type", "Other")
                .containsEntry("actor1", "Committee for National Renewal")
                .containsEntry("assoc_actor_1", null)
                .containsEntry("inter1", 1)
                .containsEntry("actor2", "Idrissa Kanouté")
                .containsEntry("inter2", 1)
                .containsEntry("interaction", 11)
                .containsEntry("civilian_targeting", null)
                .containsEntry("iso", "MLI")
                .containsEntry("country", "Mali")
                .containsEntry("location", "Koulikoro")
                .containsEntry("admin1", "Koulikoro")
                .containsEntry("latitude", 12.86)
                .containsEntry("longitude", -7.56)
                .containsEntry("geo_precision", 1)
                .containsEntry("source", "Sahel Wire; The Daily Courier")
                .containsEntry("notes",
                        "Junior officers overthrew the elected president overnight between 21 and 22 March.")
                .containsEntry("fatalities", 4L)
                .containsEntry("tags", "sitrep_class=COUP; status=occurred; date_precision=days")
                .containsEntry("timestamp", LocalDate.of(2031, 4, 2).atStartOfDay(ZoneOffset.UTC).toEpochSecond());
    }

    @Test
    void rebels_taking_a_town_together_overtake_territory_with_an_associated_actor() {
        Map<String, Object> row = acled(EventFixtures.jointSeizure());
        assertThat(row).containsEntry("disorder_type", "Political violence")
                .containsEntry("event_type", "Battles")
                .containsEntry("sub_event_type", "Non-state actor overtakes territory")
                .containsEntry("actor1", "Azawad Liberation Front")
                .containsEntry("assoc_actor_1", "Faith Brigade")
                .containsEntry("inter1", 2)
                .containsEntry("inter2", 1)
                .containsEntry("interaction", 12)
                .containsEntry("fatalities", 0L);
    }

    @Test
    void state_forces_taking_a_town_regain_territory() {
        Event seizure = EventFixtures.jointSeizure();
        Event retaken = new Event(seizure.id(), CrisisClass.SEIZE_TERRITORY, seizure.plover(), seizure.targets(),
                seizure.sources(), seizure.date(), seizure.dateText(), seizure.place(), seizure.size(),
                seizure.status(), seizure.confidence(), seizure.mentions());
        assertThat(acled(retaken)).containsEntry("sub_event_type", "Government regains territory")
                .containsEntry("actor1", "Armed Forces of Mali")
                .containsEntry("assoc_actor_2", "Faith Brigade");
    }

    @Test
    void killing_civilians_is_violence_against_civilians_with_a_month_precision() {
        Map<String, Object> row = acled(EventFixtures.killingOfCivilians());
        assertThat(row).containsEntry("event_type", "Violence against civilians")
                .containsEntry("sub_event_type", "Attack")
                .containsEntry("disorder_type", "Political violence")
                .containsEntry("civilian_targeting", "Civilian targeting")
                .containsEntry("time_precision", 3)
                .containsEntry("actor1", "unidentified gunmen")
                .containsEntry("inter1", null)
                .containsEntry("actor2", "Civilians")
                .containsEntry("inter2", 7)
                .containsEntry("interaction", 70)
                .containsEntry("iso", null)
                .containsEntry("fatalities", 27L);
    }

    @Test
    void killing_soldiers_is_a_battle() {
        Event kill = EventFixtures.killingOfCivilians();
        Event soldiers = new Event(kill.id(), kill.crisisClass(), kill.plover(), kill.sources(),
                List.of(new org.sitrep.model.event.EventActor(EventFixtures.ARMY, "eight soldiers", null)),
                kill.date(), kill.dateText(), kill.place(), kill.size(), kill.status(), kill.confidence(),
                kill.mentions());
        assertThat(acled(soldiers)).containsEntry("event_type", "Battles").containsEntry("sub_event_type",
                "Armed clash").containsEntry("civilian_targeting", null).containsEntry("iso", "MLI");
    }

    @Test
    void a_riot_is_a_violent_demonstration_and_a_week_is_precision_two() {
        Map<String, Object> row = acled(EventFixtures.riot());
        assertThat(row).containsEntry("disorder_type", "Demonstrations")
                .containsEntry("event_type", "Riots")
                .containsEntry("sub_event_type", "Violent demonstration")
                .containsEntry("actor1", "Rioters (Mali)")
                .containsEntry("inter1", 5)
                .containsEntry("interaction", 15)
                .containsEntry("time_precision", 2);
    }

    @Test
    void an_event_without_date_leaves_date_cells_empty() {
        Map<String, Object> row = acled(EventFixtures.undatedCondemnation());
        assertThat(row).containsEntry("event_date", null).containsEntry("year", null)
                .containsEntry("time_precision", null)
                .containsEntry("sub_event_type", "Other")
                .containsEntry("inter1", 8)
                .containsEntry("iso", "MLI")
                .containsEntry("tags", "sitrep_class=CONDEMN; status=occurred; date_precision=unknown");
    }

    @Test
    void every_crisis_class_has_an_acled_category() {
        Event template = EventFixtures.coup();
        for (CrisisClass crisisClass : CrisisClass.values()) {
            Event event = new Event("e", crisisClass, template.plover(), template.sources(), template.targets(),
                    template.date(), null, null, null, template.status(), 0.5, template.mentions());
            Map<String, Object> row = acled(event);
            assertThat(row.get("disorder_type")).as(crisisClass.name()).isNotNull();
            assertThat(row.get("event_type")).as(crisisClass.name()).isNotNull();
            assertThat(row.get("sub_event_type")).as(crisisClass.name()).isNotNull();
        }
    }

    @Test
    void the_weapon_mode_picks_remote_violence() {
        Event seizure = EventFixtures.jointSeizure();
        Event shelling = new Event("e", CrisisClass.ATTACK,
                new org.sitrep.model.event.PloverCoding("ASSAULT", List.of("heavy-weapons"), List.of("military"), 4),
                seizure.sources(), seizure.targets(), seizure.date(), null, null, null, seizure.status(), 0.5,
                seizure.mentions());
        assertThat(acled(shelling)).containsEntry("event_type", "Explosions/Remote violence")
                .containsEntry("sub_event_type", "Shelling/artillery/missile attack");
    }

    @Test
    void inter_codes_follow_kind_and_sector() {
        assertThat(AcledMapping.inter(Optional.of(actor(ActorKind.STATE, "MLI", null)), "", false, false)).isEqualTo(1);
        assertThat(AcledMapping.inter(Optional.of(actor(ActorKind.PERSON, "MLI", "MIL")), "", false, false))
                .isEqualTo(1);
        assertThat(AcledMapping.inter(Optional.of(actor(ActorKind.ARMED_GROUP, "MLI", "REB")), "", false, false))
                .isEqualTo(2);
        assertThat(AcledMapping.inter(Optional.of(actor(ActorKind.ARMED_GROUP, "MLI", "UAF")), "", false, false))
                .isEqualTo(3);
        assertThat(AcledMapping.inter(Optional.of(actor(ActorKind.PARTY, "MLI", "PTY")), "", true, false))
                .isEqualTo(6);
        assertThat(AcledMapping.inter(Optional.of(actor(ActorKind.PARTY, "MLI", "PTY")), "", false, false))
                .isEqualTo(7);
        assertThat(AcledMapping.inter(Optional.of(actor(ActorKind.IGO, "IGO", "GOV")), "", false, false))
                .isEqualTo(8);
        assertThat(AcledMapping.inter(Optional.empty(), "some protesters", false, false)).isEqualTo(6);
        assertThat(AcledMapping.inter(Optional.empty(), "a man", false, false)).isNull();
        assertThat(AcledMapping.timePrecision(DatePrecision.DAYS)).isEqualTo(1);
        assertThat(AcledMapping.timePrecision(DatePrecision.YEAR)).isEqualTo(3);
        assertThat(AcledMapping.geoPrecision(4)).isEqualTo(1);
        assertThat(AcledMapping.geoPrecision(3)).isEqualTo(2);
        assertThat(AcledMapping.geoPrecision(1)).isEqualTo(3);
    }

    @Test
    void the_acled_csv_is_deterministic() {
        assertThat(acledCsv()).isEqualTo(acledCsv());
        assertThat(acledCsv()).startsWith(String.join(",", EventExport.ACLED_COLUMNS) + "\n");
    }

    private static String acledCsv() {
        StringWriter text = new StringWriter();
        CsvWriter csv = new CsvWriter(text, EventExport.ACLED_COLUMNS);
        csv.writeHeader();
        EventFixtures.all().forEach(event -> csv.writeRow(acled(event)));
        return text.toString();
    }

    private static Actor actor(ActorKind kind, String country, String sector) {
        return new Actor("a", "A", kind, country, sector, null, List.of(), List.of(), false);
    }
}
