package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The picture at a date: situation, contradictions and changes of state. */
class PictureCommandsTest extends CliTestSupport {
    @Test
    void situation_prints_the_contract_s_json_with_power_from_the_coup_and_the_dictionary() throws Exception {
        Run run = run("--store", store.toString(), "situation", "--at", "2012-04-02", "--country", "mli", "--format",
                "json");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        com.fasterxml.jackson.databind.JsonNode situation = org.sitrep.export.Json.mapper().readTree(run.out());
        List<String> keys = new ArrayList<>();
        situation.fieldNames().forEachRemaining(keys::add);
        // The contract's keys in its order; fields added after them (EXPORT.md allows additions).
        assertThat(keys).containsExactly("at", "country", "power", "control", "measures", "figures", "support");
        assertThat(situation.get("support").get("min_support").asDouble())
                .isEqualTo(org.sitrep.picture.PictureRules.bundled().minSupport());
        assertThat(situation.get("at").asText()).isEqualTo("2012-04-02");
        assertThat(situation.get("country").asText()).isEqualTo("MLI");
        com.fasterxml.jackson.databind.JsonNode headOfState = situation.get("power").get(0);
        assertThat(headOfState.get("office").asText()).isEqualTo("head of state");
        assertThat(headOfState.get("since").asText()).isEqualTo("2012-03-22");
        List<String> powerKeys = new ArrayList<>();
        headOfState.fieldNames().forEachRemaining(powerKeys::add);
        assertThat(powerKeys).startsWith("office", "holder", "since", "evidence");
    }

    @Test
    void situation_before_the_coup_shows_the_president_of_the_dictionary_in_a_table() {
        Run run = run("--store", store.toString(), "situation", "--at", "2012-03-15", "--country", "MLI");

        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Situation on 2012-03-15 in MLI", "head of state", "Amadou Toumani Touré")
                .doesNotContain("CNRDRE");
    }

    @Test
    void a_malformed_date_or_country_is_invalid_input_naming_the_value() {
        Run badDate = run("--store", store.toString(), "situation", "--at", "2012-13-45");
        Run badCountry = run("--store", store.toString(), "situation", "--at", "2012-04-02", "--country", "Mali");

        assertThat(badDate.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(badDate.err()).contains("'2012-13-45'");
        assertThat(badCountry.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(badCountry.err()).contains("'Mali'");
    }

    @Test
    void contradictions_and_changes_of_state_answer_for_programs_and_people() throws Exception {
        Run contradictions = run("--store", store.toString(), "contradictions", "--format", "json");
        Run changes = run("--store", store.toString(), "timeline", "--country", "MLI", "--changes");

        assertThat(contradictions.exit()).as(contradictions.err()).isEqualTo(ExitCodes.OK);
        assertThat(org.sitrep.export.Json.mapper().readTree(contradictions.out()).isArray()).isTrue();
        assertThat(changes.exit()).as(changes.err()).isEqualTo(ExitCodes.OK);
        assertThat(changes.out()).contains("DATE", "CHANGE", "holds head of state");
    }
}
