package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The actor files go through the shared rule-file key check: a misspelt key names the file, the line and the key. */
class ActorDictionaryKeysTest {

    @TempDir
    Path dir;

    @Test
    void the_bundled_actor_files_and_a_well_formed_user_dictionary_load() throws Exception {
        Path mine = dir.resolve("mine.yaml");
        Files.writeString(mine, """
                actors:
                  - id: test-council
                    name: Test Council of Elders
                    kind: GOVERNMENT_BODY
                    country: XYZ
                    aliases: [the Elders Council]
                    roles:
                      - {role: leader, of: XYZ, from: 2001-02-03}
                """, StandardCharsets.UTF_8);

        assertThat(ActorDictionary.bundled()).isNotNull();
        assertThat(ActorDictionary.load(List.of(mine))).isNotNull();
    }

    @Test
    void a_misspelt_key_in_a_user_dictionary_is_named_with_file_and_line() throws Exception {
        Path mine = dir.resolve("mine.yaml");
        Files.writeString(mine, """
                actors:
                  - id: test-council
                    name: Test Council of Elders
                    kind: GOVERNMENT_BODY
                    alias: [the Elders Council]
                """, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ActorDictionary.load(List.of(mine)))
                .isInstanceOf(ActorDictionaryException.class)
                .hasMessageContaining(mine + " line 5: unknown key 'alias' in 'actors'")
                .hasMessageContaining("did you mean 'aliases'");
    }

    @Test
    void a_misspelt_key_inside_a_role_is_named_too() throws Exception {
        Path mine = dir.resolve("roles.yaml");
        Files.writeString(mine, """
                actors:
                  - id: test-council
                    name: Test Council of Elders
                    kind: GOVERNMENT_BODY
                    roles:
                      - {role: leader, of: XYZ, form: 2001-02-03}
                """, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ActorDictionary.load(List.of(mine)))
                .isInstanceOf(ActorDictionaryException.class)
                .hasMessageContaining(mine + " line 6: unknown key 'form' in 'actors.roles'");
    }

    @Test
    void a_misspelt_key_in_a_copy_of_the_bundled_nominals_is_refused() throws Exception {
        String yaml;
        try (var in = ActorDictionary.class.getResourceAsStream("/org/sitrep/actors/nominals.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String broken = yaml.replaceFirst("\n    context_fallback:", "\n    context_falback:");
        int line = (int) broken.substring(0, broken.indexOf("context_falback")).chars().filter(c -> c == '\n').count()
                + 1;

        assertThat(broken).isNotEqualTo(yaml);
        assertThat(ActorDictionary.NOMINALS_KEYS.problems("nominals.yaml", yaml, tree(yaml))).isEmpty();
        assertThat(ActorDictionary.NOMINALS_KEYS.problems("my-nominals.yaml", broken, tree(broken)))
                .containsExactly("my-nominals.yaml line " + line
                        + ": unknown key 'context_falback' in 'nominals' (known here: context_fallback, kinds,"
                        + " own_actor, own_kind, phrases, tag, titles; did you mean 'context_fallback'?)");
    }

    private static Object tree(String yaml) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readValue(yaml, Object.class);
    }
}
