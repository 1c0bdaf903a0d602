package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.events.rules.CameoFile;
import org.sitrep.events.rules.RuleFileException;
import org.sitrep.events.rules.RuleFiles;
import org.sitrep.model.event.CrisisClass;

/** The CAMEO verb lexicon as the coder's second lexicon: its strict reader and the policy of events.yaml. */
class CameoLexiconTest {
    @TempDir
    Path dir;

    private static final String ROW = "verb\tOCCUPY\toccupy\toccupy\t\t\t192\tCOERCE\tseize\tmilitary\tSEIZE_TERRITORY\n";

    private static String bundled(String name) throws IOException {
        try (InputStream in = RuleFiles.class.getResourceAsStream("/org/sitrep/events/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void the_bundled_lexicon_reads_and_its_patterns_become_triggers_with_their_object() {
        CameoFile file = RuleFiles.bundled().cameo("cameo-verbs.tsv");
        assertThat(file.verbs()).hasSizeGreaterThan(1000);
        assertThat(file.patterns()).hasSizeGreaterThan(1000);
        assertThat(file.synsets()).containsKey("&town");

        EventLexicon lexicon = EventLexicon.bundled();
        // bare CAMEO verbs the policy takes, with their conditions
        assertThat(lexicon.cameoVerbTriggers("invade")).anySatisfy(t -> {
            assertThat(t.crisisClass()).isEqualTo(CrisisClass.SEIZE_TERRITORY);
            assertThat(t.conditions()).contains(EventLexicon.Condition.OBJECT_IS_PLACE);
        });
        // a verb + object pattern: the object is the verb's own
        assertThat(lexicon.cameoVerbTriggers("send")).anySatisfy(t -> {
            assertThat(t.crisisClass()).isEqualTo(CrisisClass.DEPLOY);
            assertThat(t.objects()).contains("troops");
            assertThat(t.direct()).isTrue();
        });
        // KILL never comes from CAMEO, and a bare verb of a broad block is not taken
        assertThat(lexicon.cameoVerbTriggers("kill")).noneMatch(t -> t.crisisClass() == CrisisClass.KILL);
        assertThat(lexicon.cameoVerbTriggers("express")).allMatch(t -> !t.objects().isEmpty());
        // an object that is an event noun of another class is that event, not this pattern's
        assertThat(lexicon.cameoVerbTriggers("launch")).noneMatch(t -> t.crisisClass() != CrisisClass.ATTACK
                && t.objects().contains("attack"));
    }

    @Test
    void object_heads_read_words_phrases_and_synsets_and_refuse_other_shapes() {
        Map<String, List<String>> synsets = Map.of("&town", List.of("town", "urban_center"));
        assertThat(CameoTriggers.objectHeads("* sanctions", synsets)).containsExactly("sanctions");
        assertThat(CameoTriggers.objectHeads("* {arms shipment}", synsets)).containsExactly("arms shipment");
        assertThat(CameoTriggers.objectHeads("* &town", synsets)).containsExactly("town", "urban center");
        assertThat(CameoTriggers.objectHeads("&military * deployment", synsets)).isEmpty();
        assertThat(CameoTriggers.objectHeads("* (to border)", synsets)).isEmpty();
        assertThat(CameoTriggers.objectHeads("* +", synsets)).isEmpty();
    }

    @Test
    void a_malformed_lexicon_names_the_file_and_the_line() {
        assertThatThrownBy(() -> CameoFile.read(new StringReader("verb\tX\n"), "lex.tsv"))
                .isInstanceOf(RuleFileException.class).hasMessageContaining("lex.tsv line 1")
                .hasMessageContaining("column header");
        assertThatThrownBy(() -> CameoFile.read(new StringReader(CameoFile.HEADER + "\nverb\tX\tx\n"), "lex.tsv"))
                .hasMessageContaining("lex.tsv line 2").hasMessageContaining("3 columns");
        assertThatThrownBy(() -> CameoFile.read(new StringReader(CameoFile.HEADER + "\n"
                + "pattern\tNONE\t\t\t\t* town\t192\tCOERCE\t\t\tSEIZE_TERRITORY\n"), "lex.tsv"))
                .hasMessageContaining("lex.tsv line 2").hasMessageContaining("has no verb");
        assertThatThrownBy(() -> CameoFile.read(new StringReader(CameoFile.HEADER + "\nnoun\t\t\t\t\t\t\t\t\t\t\n"),
                "lex.tsv")).hasMessageContaining("unknown row kind 'noun'");
        assertThat(CameoFile.read(new StringReader(CameoFile.HEADER + "\n" + ROW), "lex.tsv").verbs())
                .singleElement().satisfies(v -> assertThat(v.sitrepClass()).isEqualTo("SEIZE_TERRITORY"));
    }

    @Test
    void a_bare_verb_the_lexicon_codes_otherwise_is_refused() throws IOException {
        String events = bundled("events.yaml").replace("verbs: [invade, occupy, recapture]",
                "verbs: [invade, occupy, recapture, express]");
        Files.writeString(dir.resolve("events.yaml"), events);
        assertThatThrownBy(() -> EventLexicon.load(dir)).isInstanceOf(RuleFileException.class)
                .hasMessageContaining("'express' is not a CAMEO verb of SEIZE_TERRITORY");
    }

    @Test
    void an_override_directory_may_bring_its_own_lexicon_and_a_path_is_refused() throws IOException {
        Files.writeString(dir.resolve("mine.tsv"), CameoFile.HEADER + "\n" + ROW);
        Files.writeString(dir.resolve("events.yaml"), bundled("events.yaml")
                .replace("file: cameo-verbs.tsv", "file: mine.tsv")
                .replaceAll("(?s)  bare_verbs:\n.*?\ntriggers:", "  bare_verbs:\n    - class: SEIZE_TERRITORY\n"
                        + "      verbs: [occupy]\n      object_is_place: true\n\ntriggers:")
                .replace("object_patterns: [ATTACK, SEIZE_TERRITORY, DEPLOY, KIDNAP, CONDEMN]",
                        "object_patterns: []"));
        EventLexicon lexicon = EventLexicon.load(dir);
        assertThat(lexicon.cameoVerbTriggers("occupy")).hasSize(1);
        assertThat(lexicon.cameoVerbTriggers("invade")).isEmpty();
        assertThatThrownBy(() -> RuleFiles.over(dir).cameo("../x.tsv")).hasMessageContaining("must be a file name");
    }
}
