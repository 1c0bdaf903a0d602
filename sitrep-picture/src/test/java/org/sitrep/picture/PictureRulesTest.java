package org.sitrep.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.model.event.CrisisClass;

class PictureRulesTest {

    @Test
    void the_bundled_rules_name_offices_measures_and_control_classes() {
        PictureRules rules = PictureRules.bundled();

        assertThat(rules.offices()).contains("head of state");
        assertThat(rules.measureClasses()).contains(CrisisClass.SANCTION, CrisisClass.SUSPEND_MEMBERSHIP,
                CrisisClass.BORDER_CLOSE, CrisisClass.AID_SUSPEND);
        assertThat(rules.takeClasses()).containsExactly(CrisisClass.SEIZE_TERRITORY);
        assertThat(rules.liftWords()).contains("lifted");
    }

    @Test
    void a_misspelt_class_is_named_in_the_error() throws Exception {
        String yaml;
        try (var in = PictureRules.class.getResourceAsStream(PictureRules.RESOURCE)) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String broken = yaml.replace("take_classes: [SEIZE_TERRITORY]", "take_classes: [SEIZE_TOWN]");

        assertThat(broken).isNotEqualTo(yaml);
        assertThatThrownBy(() -> PictureRules.load(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)),
                "my-rules.yaml"))
                .isInstanceOf(PictureRulesException.class)
                .hasMessageContaining("my-rules.yaml")
                .hasMessageContaining("SEIZE_TOWN");
    }

    @Test
    void a_misspelt_key_is_named_with_its_file_and_line() throws Exception {
        String yaml;
        try (var in = PictureRules.class.getResourceAsStream(PictureRules.RESOURCE)) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String broken = yaml.replace("  release_classes:", "  release_clases:");
        int line = (int) broken.substring(0, broken.indexOf("release_clases")).chars().filter(c -> c == '\n').count()
                + 1;

        assertThat(broken).isNotEqualTo(yaml);
        assertThatThrownBy(() -> PictureRules.load(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)),
                "my-picture.yaml"))
                .isInstanceOf(PictureRulesException.class)
                .hasMessageContaining("my-picture.yaml line " + line + ": unknown key 'release_clases' in 'control'")
                .hasMessageContaining("did you mean 'release_classes'");
    }
}
