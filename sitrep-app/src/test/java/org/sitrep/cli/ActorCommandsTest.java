package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The actors and actor commands: listing by kind, one actor, and why its names were merged. */
class ActorCommandsTest extends CliTestSupport {
    @Test
    void actors_of_one_kind_are_only_that_kind() throws IOException {
        Run table = query("actors", "--kind", "PERSON");
        Run json = query("actors", "--kind", "PERSON", "--format", "json");

        assertThat(table.exit()).isEqualTo(ExitCodes.OK);
        assertThat(table.out()).contains("Amadou Haya Sanogo", "Mariam Traoré").doesNotContain("CNRDRE")
                .doesNotContain("High Islamic Council");
        assertThat(JSON.readTree(json.out())).extracting(node -> node.get("kind").asText())
                .containsOnly("PERSON").hasSize(2);
    }

    @Test
    void actors_without_a_kind_are_all_listed_most_mentioned_first() throws IOException {
        Run run = query("actors", "--format", "json");

        JsonNode actors = JSON.readTree(run.out());
        assertThat(actors).extracting(node -> node.get("id").asText()).containsExactlyInAnyOrder(
                QueryStore.SANOGO_ID, QueryStore.JUNTA_ID, QueryStore.COUNCIL_ID, QueryStore.TRAORE_ID);
        assertThat(actors.get(0).get("id").asText()).isEqualTo(QueryStore.TRAORE_ID);
        assertThat(actors.get(0).get("mentions").asInt()).isEqualTo(2);
    }

    @Test
    void an_unknown_kind_is_invalid_input_listing_the_kinds() {
        Run run = query("actors", "--kind", "WARLORD");

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("WARLORD").contains("PERSON").contains("ARMED_GROUP");
    }

    @Test
    void actor_shows_names_roles_and_the_sentences_that_name_it() {
        Run run = query("actor", "Amadou", "Haya", "Sanogo");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Amadou Haya Sanogo  [PERSON, MLI, MIL]  id " + QueryStore.SANOGO_ID)
                .contains("aliases: Amadou Haya Sanogo; Captain Sanogo; Sango")
                .contains("role: head of the junta of CNRDRE, 2012-03-22 to 2012-04-12")
                .contains("mentions: 1")
                .contains("\"Captain Sango\" (title)")
                .contains("Captain Sango, as one caller spelt him, promised to return power to civilians.")
                .doesNotContain("why these names");
    }

    @Test
    void actor_is_found_by_an_alias_ignoring_case_and_accents() {
        Run byAlias = query("actor", "sango");
        Run withoutAccent = query("actor", "MARIAM", "TRAORE");

        assertThat(byAlias.exit()).isEqualTo(ExitCodes.OK);
        assertThat(byAlias.out()).startsWith("Amadou Haya Sanogo");
        assertThat(withoutAccent.exit()).isEqualTo(ExitCodes.OK);
        assertThat(withoutAccent.out()).startsWith("Mariam Traoré").contains("mentions: 2");
    }

    @Test
    void actor_why_explains_each_merged_name_with_its_evidence() {
        Run run = query("actor", "Sango", "--why");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        String why = run.out().substring(run.out().indexOf("why these names:"));
        assertThat(why).contains("Sango: spelling_variant. 'Sango' and 'Sanogo' differ by 1 letter(s) ["
                + QueryStore.coupReport().document().id() + ", sentence 1]");
        assertThat(why).contains("Captain Sanogo: dictionary_alias. alias in the actor dictionary");
    }

    @Test
    void actor_why_as_json_lists_the_reasons() throws IOException {
        Run run = query("actor", "Sango", "--why", "--format", "json");

        JsonNode actor = JSON.readTree(run.out());
        assertThat(actor.get("id").asText()).isEqualTo(QueryStore.SANOGO_ID);
        assertThat(actor.get("why")).extracting(reason -> reason.get("rule").asText())
                .containsExactlyInAnyOrder("spelling_variant", "dictionary_alias");
        assertThat(actor.get("mention_list")).hasSize(1);
        assertThat(actor.get("mention_list").get(0).get("text").asText()).isEqualTo("Captain Sango");
    }

    @Test
    void an_unknown_actor_fails_and_says_what_to_try() {
        Run run = query("actor", "Nobody", "Known");

        assertThat(run.exit()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("no actor is named 'Nobody Known'").contains(store.toString())
                .contains("sitrep actors").contains("sitrep search Nobody Known");
        assertThat(run.out()).isEmpty();
    }
}
