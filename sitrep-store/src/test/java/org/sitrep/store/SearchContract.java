package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The store contract for full-text search of sentences. */
public interface SearchContract extends StoreUnderTest {

    @Test
    default void search_ranks_a_sentence_naming_the_word_twice_above_one_naming_it_once() {
        DocumentRecord record = StoreFixtures.document("reports/convoy.txt")
                .title("Convoy ambush")
                .sentence("Rebels attacked a supply convoy at dawn.")
                .sentence("The weather in the capital stayed calm all week.")
                .sentence("Rebels said other rebels were waiting.")
                .sentence("Officials counted the damage to the road.")
                .build();
        store().saveDocument(record);

        List<SearchHit> hits = store().search("rebels", 10);

        assertThat(hits).extracting(SearchHit::sentence).containsExactly(2, 0);
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        assertThat(hits.get(0)).isEqualTo(new SearchHit(record.document().id(), "Convoy ambush", 2,
                "Rebels said other rebels were waiting.", hits.get(0).score()));
        assertThat(store().search("rebels", 1)).hasSize(1);
        assertThat(store().search("rebels", 0)).isEmpty();
    }

    @Test
    default void search_needs_every_word_and_falls_back_to_any_word() {
        store().saveDocument(StoreFixtures.document("reports/convoy.txt")
                .sentence("Rebels attacked a supply convoy at dawn.")
                .sentence("A second convoy reached the town at noon.")
                .sentence("Rebels withdrew at dusk.")
                .build());

        assertThat(store().search("convoy dawn", 10)).extracting(SearchHit::sentence).containsExactly(0);
        assertThat(store().search("convoy helicopter", 10)).extracting(SearchHit::sentence)
                .containsExactlyInAnyOrder(0, 1);
        assertThat(store().search("helicopter", 10)).isEmpty();
    }

    @Test
    default void search_ignores_accents_and_case() {
        store().saveDocument(StoreFixtures.document("reports/segou.txt")
                .sentence("Le général Touré est arrivé à Ségou.")
                .sentence("Troops reached Kidal before the rains.")
                .build());

        assertThat(store().search("toure segou", 10)).extracting(SearchHit::sentence).containsExactly(0);
        assertThat(store().search("TOURÉ", 10)).extracting(SearchHit::sentence).containsExactly(0);
        assertThat(store().search("Kidál", 10)).extracting(SearchHit::sentence).containsExactly(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"rebels", "rebels\"", "*", "rebels*", "NEAR(", "NEAR(rebels convoy)", "-",
        "-rebels", ":", "text:rebels", "rebels:", "(", ")", "(rebels", "rebels AND", "OR", "NOT rebels", "^rebels",
        "'", "{text}: rebels", "rebels + convoy", "", "   ", "a\"\"b", "\u0000", "--;DROP TABLE sentences"})
    default void search_treats_query_syntax_as_plain_text(String query) {
        store().saveDocument(StoreFixtures.document("reports/convoy.txt")
                .sentence("Rebels attacked a supply convoy at dawn.")
                .build());

        assertThatCode(() -> store().search(query, 10)).doesNotThrowAnyException();
        assertThat(store().counts().sentences()).isEqualTo(1);
    }

    @Test
    default void search_finds_words_wrapped_in_syntax_characters() {
        store().saveDocument(StoreFixtures.document("reports/convoy.txt")
                .sentence("Rebels attacked a supply convoy at dawn.")
                .build());

        for (String query : List.of("\"rebels\"", "rebels*", "(rebels)", "-rebels", "rebels:", "NOT rebels")) {
            assertThat(store().search(query, 10)).as(query).hasSize(1);
        }
    }
}
