package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.TimeMention;
import org.sitrep.pipeline.AnalysedDocument;

class CoreNlpAnnotatorIT {

    private static final String TEXT = """
            Rebels seized the town of Tessit last Friday after two days of fighting.
            The governor fled to the capital on Sunday.

            In 1994, a similar revolt ended with an accord signed in the north.
            Officials said the army would return by the end of March 2013.
            """;

    @Test
    void sentences_and_tokens_point_into_the_whole_document_across_blocks() {
        AnalysedDocument document = NlpFixture.annotate(TEXT.repeat(3), LocalDate.of(2012, 4, 2));
        assertThat(document.sentences()).hasSize(12);
        for (Sentence sentence : document.sentences()) {
            assertThat(document.text().substring(sentence.span().start(), sentence.span().end()))
                    .isEqualTo(sentence.text());
            for (Token token : document.tokens(sentence.index())) {
                assertThat(document.text().substring(token.span().start(), token.span().end()))
                        .isEqualTo(token.word());
            }
        }
        assertThat(document.sentences().get(4).text()).startsWith("Rebels seized");
    }

    @Test
    void every_token_has_a_dependency_head_and_relation() {
        AnalysedDocument document = NlpFixture.annotate("Rebels seized the town.", LocalDate.of(2012, 4, 2));
        assertThat(document.tokens(0)).filteredOn(token -> token.word().equals("seized")).singleElement()
                .satisfies(token -> assertThat(token.relation()).isEqualTo("root"));
        assertThat(document.tokens(0)).filteredOn(token -> token.word().equals("Rebels")).singleElement()
                .satisfies(token -> {
                    assertThat(token.head()).isEqualTo(1);
                    assertThat(token.relation()).isEqualTo("nsubj");
                });
    }

    @Test
    void relative_dates_resolve_against_the_publication_date() {
        AnalysedDocument document = NlpFixture.annotate(TEXT, LocalDate.of(2012, 4, 2));
        assertThat(document.times()).extracting(TimeMention::text)
                .contains("last Friday", "Sunday", "1994");
        TimeMention friday = document.times().stream().filter(t -> t.text().equals("last Friday")).findFirst()
                .orElseThrow();
        assertThat(friday.range().start()).isEqualTo(LocalDate.of(2012, 3, 30));
        assertThat(friday.range().precision()).isEqualTo(DatePrecision.DAY);
        TimeMention year = document.times().stream().filter(t -> t.text().equals("1994")).findFirst().orElseThrow();
        assertThat(year.range().precision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void without_a_publication_date_relative_dates_stay_unresolved() {
        AnalysedDocument document = NlpFixture.annotate(TEXT, null);
        TimeMention friday = document.times().stream().filter(t -> t.text().equals("last Friday")).findFirst()
                .orElseThrow();
        assertThat(friday.range()).isNull();
        assertThat(document.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(CoreNlpAnnotator.DATE_UNANCHORED);
            assertThat(issue.message()).contains("test.txt has no publication date", "\"last Friday\"",
                    "test.meta.json");
        });
    }

    @Test
    void a_dated_report_or_one_with_only_absolute_dates_raises_no_date_issue() {
        assertThat(NlpFixture.annotate(TEXT, LocalDate.of(2012, 4, 2)).issues()).isEmpty();
        assertThat(NlpFixture.annotate("In 1994, a revolt ended with an accord signed on 3 May 1995.", null)
                .issues()).isEmpty();
    }

    @Test
    void only_sentences_with_a_trigger_lemma_or_a_number_are_parsed_when_lemmas_are_given() {
        try (CoreNlpAnnotator selective = new CoreNlpAnnotator(new NlpSettings(1, true, 8_000,
                java.util.Set.of("seize")))) {
            AnalysedDocument document = new AnalysedDocument(NlpFixture.document(
                    "Rebels seized the town.\nThe weather was mild.\nTwelve people were hurt.",
                    LocalDate.of(2012, 4, 2)));
            selective.apply(document);
            assertThat(document.tokens(0)).anySatisfy(token -> assertThat(token.relation()).isEqualTo("root"));
            assertThat(document.tokens(1)).allSatisfy(token -> assertThat(token.head()).isEqualTo(-1));
            assertThat(document.tokens(2)).anySatisfy(token -> assertThat(token.relation()).isEqualTo("root"));
        }
    }
}
