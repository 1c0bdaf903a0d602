package org.sitrep.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.model.figure.Figure;
import org.sitrep.model.figure.FigureKind;
import org.sitrep.model.figure.Qualifier;

/** The word lists: the default file loads once, an analyst's file extends the stage, mistakes are named. */
class FigureLexiconTest {
    /** "Roughly 12 herders fled", tagged and parsed by hand so this test needs no models. */
    private static final String TEXT = "Roughly 12 herders fled";
    private static final List<Token> TOKENS = List.of(
            new Token(0, new Span(0, 7), "Roughly", "roughly", "RB", "O", 1, "advmod"),
            new Token(1, new Span(8, 10), "12", "12", "CD", "NUMBER", 2, "nummod"),
            new Token(2, new Span(11, 18), "herders", "herder", "NNS", "O", 3, "nsubj"),
            new Token(3, new Span(19, 23), "fled", "flee", "VBD", "O", -1, "root"));

    @Test
    void defaults_are_read_once() {
        assertThat(FigureLexicon.defaults()).isSameAs(FigureLexicon.defaults());
    }

    @Test
    void default_lists_find_a_hand_tagged_figure() {
        List<Figure> figures = new FigureExtractor().extract(0, TOKENS, TEXT);

        assertThat(figures).containsExactly(new Figure(0, new Span(0, 18), "Roughly 12 herders", 12,
                Qualifier.APPROX, "herders", FigureKind.DISPLACED));
    }

    @Test
    void an_analysts_file_decides_what_counts() {
        FigureLexicon lexicon = FigureLexicon.fromYaml(yaml("""
                qualifiers:
                  before:
                    approx: [roughly]
                kinds:
                  troops:
                    nouns: [herder]
                """));

        List<Figure> figures = new FigureExtractor(lexicon).extract(0, TOKENS, TEXT);

        assertThat(figures).extracting(Figure::kind, Figure::qualifier)
                .containsExactly(tuple(FigureKind.TROOPS, Qualifier.APPROX));
    }

    @Test
    void names_an_unknown_kind() {
        assertThatThrownBy(() -> FigureLexicon.fromYaml(yaml("kinds:\n  wounded:\n    nouns: [casualty]\n")))
                .isInstanceOf(FigureLexiconException.class)
                .hasMessageContaining("unknown kind 'wounded'");
    }

    @Test
    void names_an_unknown_qualifier() {
        assertThatThrownBy(() -> FigureLexicon.fromYaml(yaml("qualifiers:\n  before:\n    circa: [about]\n")))
                .isInstanceOf(FigureLexiconException.class)
                .hasMessageContaining("unknown qualifier 'circa'");
    }

    @Test
    void refuses_a_word_with_two_kinds_in_one_list() {
        assertThatThrownBy(() -> FigureLexicon.fromYaml(yaml("""
                kinds:
                  dead: {nouns: [casualty]}
                  injured: {nouns: [casualty]}
                """)))
                .isInstanceOf(FigureLexiconException.class)
                .hasMessageContaining("'casualty'");
    }

    @Test
    void refuses_yaml_that_is_not_a_mapping() {
        assertThatThrownBy(() -> FigureLexicon.fromYaml(yaml("- just\n- a list\n")))
                .isInstanceOf(FigureLexiconException.class);
    }

    private static ByteArrayInputStream yaml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_misspelt_key_in_a_copy_of_the_bundled_file_is_named_with_its_line() throws Exception {
        String yaml;
        try (var in = FigureLexicon.class.getResourceAsStream("/org/sitrep/figures/figures.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String broken = yaml.replaceFirst("\n    subjectVerbs:", "\n    subjectVerb:");
        int line = (int) broken.substring(0, broken.indexOf("subjectVerb:")).chars().filter(c -> c == '\n').count() + 1;

        assertThat(broken).isNotEqualTo(yaml);
        assertThat(FigureLexicon.fromYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "copy"))
                .isNotNull();
        assertThatThrownBy(() -> FigureLexicon.fromYaml(
                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "my-figures.yaml"))
                .isInstanceOf(FigureLexiconException.class)
                .hasMessageContaining("my-figures.yaml line " + line + ": unknown key 'subjectVerb' in 'kinds.dead'")
                .hasMessageContaining("did you mean 'subjectVerbs'");
    }
}
