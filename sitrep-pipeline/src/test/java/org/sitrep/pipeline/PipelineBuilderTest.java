package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.SourceInfo;

class PipelineBuilderTest {

    private static Stage stage(String name, Set<Layer> requires, Set<Layer> provides) {
        return new Stage() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<Layer> requires() {
                return requires;
            }

            @Override
            public Set<Layer> provides() {
                return provides;
            }

            @Override
            public void apply(AnalysedDocument document) {
                if (name.equals("broken")) {
                    throw new IllegalStateException("bad data");
                }
            }
        };
    }

    private static final Stage NLP = stage("nlp", EnumSet.of(Layer.TEXT), EnumSet.of(Layer.SENTENCES, Layer.TOKENS));
    private static final Stage ACTORS = stage("actors", EnumSet.of(Layer.TOKENS), EnumSet.of(Layer.ACTORS));

    @Test
    void a_stage_before_what_it_needs_is_refused_naming_the_provider() {
        assertThatThrownBy(() -> new PipelineBuilder().add(ACTORS).add(NLP).build())
                .isInstanceOf(StageOrderException.class)
                .hasMessageContaining("'actors' requires layer TOKENS")
                .hasMessageContaining("add 'nlp' before it");
    }

    @Test
    void a_good_order_builds_and_marks_layers_provided() {
        Pipeline pipeline = new PipelineBuilder().add(NLP).add(ACTORS).build();
        AnalysedDocument document = new AnalysedDocument(new Document("doc-1", "a.txt", "ab".repeat(32),
                "text/plain", SourceInfo.empty(), "Text.", Instant.EPOCH));
        pipeline.apply(document);
        assertThat(document.layers()).contains(Layer.SENTENCES, Layer.TOKENS, Layer.ACTORS);
        assertThat(pipeline.millisByStage()).containsKeys("nlp", "actors");
        assertThat(pipeline.provides()).contains(Layer.ACTORS);
    }

    @Test
    void a_failing_stage_is_reported_with_its_name_and_an_issue() {
        Pipeline pipeline = new PipelineBuilder().add(stage("broken", Set.of(), Set.of())).build();
        AnalysedDocument document = new AnalysedDocument(new Document("doc-1", "a.txt", "ab".repeat(32),
                "text/plain", SourceInfo.empty(), "Text.", Instant.EPOCH));
        assertThatThrownBy(() -> pipeline.apply(document)).isInstanceOf(StageFailedException.class)
                .hasMessageContaining("broken");
        assertThat(document.issues()).extracting(i -> i.code()).containsExactly("stage_failed");
    }
}
