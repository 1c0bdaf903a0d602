package org.sitrep.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.sitrep.figures.CoreNlpFixture.Annotated;
import org.sitrep.model.Document;
import org.sitrep.model.Issue;
import org.sitrep.model.Sentence;
import org.sitrep.model.SourceInfo;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.model.figure.Figure;
import org.sitrep.model.figure.FigureKind;
import org.sitrep.model.figure.Qualifier;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.PipelineBuilder;

/** The figures stage over a whole document: its contract, sentence indices and document offsets. */
class FigureStageIT {
    private static final String TEXT = "The talks failed on Monday.\n\n"
            + "Rebels stormed the camp. Five soldiers were wounded and nearly 1,000 refugees crossed the border.";

    @Test
    void declares_what_it_reads_and_writes() {
        FigureExtractor stage = new FigureExtractor();

        assertThat(stage.name()).isEqualTo("figures");
        assertThat(stage.requires()).containsExactlyInAnyOrder(Layer.SENTENCES, Layer.TOKENS);
        assertThat(stage.provides()).containsExactly(Layer.FIGURES);
    }

    @Test
    void refuses_to_run_before_sentences_and_tokens_exist() {
        PipelineBuilder builder = new PipelineBuilder().add(new FigureExtractor());

        // The first missing layer in the stage's declared (enum) order is named.
        assertThatThrownBy(builder::build)
                .hasMessageContaining("figures").hasMessageContaining("SENTENCES");
    }

    @Test
    void adds_figures_with_sentence_index_and_document_offsets() {
        AnalysedDocument document = analysed(TEXT);

        new FigureExtractor().apply(document);

        List<Figure> figures = document.figures();
        assertThat(figures).extracting(Figure::text).containsExactly("Five soldiers", "nearly 1,000 refugees");
        Figure wounded = figures.get(0);
        assertThat(wounded.sentence()).isEqualTo(2);
        assertThat(wounded.span()).isEqualTo(new Span(TEXT.indexOf("Five"), TEXT.indexOf("Five") + 13));
        assertThat(wounded.kind()).isEqualTo(FigureKind.INJURED);
        Figure refugees = figures.get(1);
        assertThat(TEXT.substring(refugees.span().start(), refugees.span().end())).isEqualTo("nearly 1,000 refugees");
        assertThat(refugees.qualifier()).isEqualTo(Qualifier.APPROX_BELOW);
        assertThat(refugees.kind()).isEqualTo(FigureKind.DISPLACED);
        assertThat(document.issues()).isEmpty();
    }

    @Test
    void reports_tokens_outside_the_text_as_an_issue() {
        Document doc = new Document("doc-0000000000000001", "bad.txt", "00", "text/plain", SourceInfo.empty(),
                "12 soldiers", Instant.EPOCH);
        AnalysedDocument document = new AnalysedDocument(doc);
        List<Token> tokens = List.of(
                new Token(0, new Span(0, 2), "12", "12", "CD", "NUMBER", 1, "nummod"),
                new Token(1, new Span(3, 40), "soldiers", "soldier", "NNS", "O", -1, "root"));
        document.setSentences(List.of(new Sentence(0, new Span(0, 11), "12 soldiers")), List.of(tokens));

        new FigureExtractor().apply(document);

        assertThat(document.figures()).isEmpty();
        assertThat(document.issues()).extracting(Issue::code).containsExactly("figures_bad_tokens");
    }

    @Test
    void one_instance_serves_several_threads() throws InterruptedException {
        FigureExtractor stage = new FigureExtractor();
        Annotated annotated = CoreNlpFixture.annotate(TEXT);
        List<Figure> expected = stage.extract(2, annotated.tokens().get(2), TEXT);
        Set<List<Figure>> seen = ConcurrentHashMap.newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int run = 0; run < 50; run++) {
                    seen.add(stage.extract(2, annotated.tokens().get(2), TEXT));
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(seen).containsExactly(expected);
    }

    private static AnalysedDocument analysed(String text) {
        Annotated annotated = CoreNlpFixture.annotate(text);
        Document doc = new Document("doc-0000000000000000", "test.txt", "00", "text/plain", SourceInfo.empty(), text,
                Instant.EPOCH);
        AnalysedDocument document = new AnalysedDocument(doc);
        document.setSentences(annotated.sentences(), annotated.tokens());
        return document;
    }
}
