package org.sitrep.store.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FtsQueryTest {

    @Test
    void quotes_every_term_and_joins_them_with_and_or_or() {
        FtsQuery query = FtsQuery.of("  junta   Bamako ").orElseThrow();

        assertThat(query.allTerms()).isEqualTo("\"junta\" \"Bamako\"");
        assertThat(query.anyTerm()).isEqualTo("\"junta\" OR \"Bamako\"");
        assertThat(query.hasSeveralTerms()).isTrue();
    }

    @Test
    void syntax_characters_stay_inside_the_quotes() {
        assertThat(FtsQuery.of("NEAR(a \"b\" c:d -e*").orElseThrow().allTerms())
                .isEqualTo("\"NEAR(a\" \"\"\"b\"\"\" \"c:d\" \"-e*\"");
    }

    @Test
    void terms_without_letters_or_digits_are_dropped() {
        assertThat(FtsQuery.of("- * \" ( :")).isEmpty();
        assertThat(FtsQuery.of("")).isEmpty();
        assertThat(FtsQuery.of(null)).isEmpty();
        assertThat(FtsQuery.of("- rebels").orElseThrow().hasSeveralTerms()).isFalse();
    }

    @Test
    void websearch_terms_are_quoted_phrases_of_words_only() {
        FtsQuery query = FtsQuery.of("NEAR(a \"b\" c:d -e* Ansar-Dine Tour\u0065\u0301").orElseThrow();

        assertThat(query.websearchAllTerms())
                .isEqualTo("\"NEAR a\" \"b\" \"c d\" \"e\" \"Ansar Dine\" \"Toure\u0301\"");
        assertThat(FtsQuery.of("junta Bamako").orElseThrow().websearchAnyTerm()).isEqualTo("\"junta\" or \"Bamako\"");
    }
}
