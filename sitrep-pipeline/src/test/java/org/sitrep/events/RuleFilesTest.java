package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.events.rules.RuleFileException;
import org.sitrep.events.rules.RuleFiles;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.pipeline.AnalysedDocument;

/** The strict reader of the rule files, and rule files an analyst points the coder at. */
class RuleFilesTest {
    @TempDir
    Path dir;

    private static String bundled(String name) throws IOException {
        try (InputStream in = RuleFiles.class.getResourceAsStream("/org/sitrep/events/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int lineOf(String text, String fragment) {
        String before = text.substring(0, text.indexOf(fragment));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void every_bundled_rule_file_reads_strictly() {
        assertThat(RuleFiles.SCHEMAS).containsOnlyKeys(RuleFiles.EVENTS, RuleFiles.STATUS, RuleFiles.CODEBOOK,
                RuleFiles.WORDS, RuleFiles.DATES);
        assertThat(EventLexicon.bundled().triggerLemmas()).contains("overthrow", "coup");
    }

    @Test
    void a_misspelt_key_names_the_file_the_line_and_the_key() throws IOException {
        String events = bundled("events.yaml");
        String misspelt = events.replaceFirst("(?m)^    object_is_place: true", "    object_is_plac: true");
        Path file = Files.writeString(dir.resolve("events.yaml"), misspelt);

        assertThatThrownBy(() -> EventLexicon.load(dir)).isInstanceOf(RuleFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line " + lineOf(misspelt, "    object_is_plac:"))
                .hasMessageContaining("unknown key 'object_is_plac'");
        assertThat(RuleFiles.problems(dir)).singleElement().asString().contains(file.toString(), "object_is_plac");
    }

    @Test
    void a_missing_key_a_duplicate_key_and_an_unknown_class_are_errors() throws IOException {
        String status = bundled("status.yaml");
        Files.writeString(dir.resolve("status.yaml"), status.replaceFirst("(?m)^contrast:.*$", ""));
        assertThatThrownBy(() -> EventLexicon.load(dir)).hasMessageContaining("status.yaml")
                .hasMessageContaining("missing key 'contrast'");

        Files.writeString(dir.resolve("status.yaml"), status + "\nnegation: [not]\n");
        assertThatThrownBy(() -> EventLexicon.load(dir)).hasMessageContaining("status.yaml")
                .hasMessageContaining("negation");

        Files.writeString(dir.resolve("status.yaml"), status);
        Files.writeString(dir.resolve("events.yaml"), bundled("events.yaml")
                .replaceFirst("borrow_doer: \\[ATTACK", "borrow_doer: [ATACK"));
        assertThatThrownBy(() -> EventLexicon.load(dir)).hasMessageContaining("borrow_doer")
                .hasMessageContaining("ATACK");
    }

    @Test
    void a_yaml_file_the_coder_does_not_read_is_reported() throws IOException {
        Files.writeString(dir.resolve("event.yaml"), "triggers: []\n");
        assertThat(RuleFiles.problems(dir)).singleElement().asString().contains("event.yaml", "not a rule file");
    }

    @Test
    void a_trigger_word_added_in_a_copy_changes_what_is_coded() throws IOException {
        HandParse hand = new HandParse().sentence("Dockers picketed the port",
                        "docker NNS 1 nsubj", "picket VBD -1 root", "the DT 3 det", "port NN 1 obj")
                .actor("Dockers", "movement:dockers", ActorKind.MOVEMENT);
        AnalysedDocument before = hand.build();
        new EventCoder(EventLexicon.bundled()).apply(before);
        assertThat(before.events()).isEmpty();

        Files.writeString(dir.resolve("events.yaml"), bundled("events.yaml")
                + "  - class: PROTEST\n    verbs: [picket]\n");
        AnalysedDocument after = hand.build();
        new EventCoder(EventLexicon.load(dir)).apply(after);
        assertThat(after.events()).extracting(e -> e.crisisClass()).containsExactly(CrisisClass.PROTEST);
        assertThat(List.copyOf(RuleFiles.problems(dir))).isEmpty();
    }
}
