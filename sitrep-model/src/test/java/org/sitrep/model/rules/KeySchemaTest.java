package org.sitrep.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeySchemaTest {

    private static final KeySchema SCHEMA = KeySchema.keys(
            "kinds", KeySchema.anyKeys(KeySchema.keys(List.of("nouns", "verbs"))),
            "items", KeySchema.listOf(KeySchema.keys(List.of("name", "place_is_object"))),
            "free", KeySchema.any());

    private static Map<String, Object> map(Object... keyThenValue) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keyThenValue.length; i += 2) {
            out.put((String) keyThenValue[i], keyThenValue[i + 1]);
        }
        return out;
    }

    @Test
    void known_keys_data_keys_and_free_values_pass() {
        String text = "kinds:\n  dead:\n    nouns: [a]\nitems:\n  - name: x\nfree: {anything: 1}\n";
        Object tree = map("kinds", map("dead", map("nouns", List.of("a"))), "items", List.of(map("name", "x")),
                "free", map("anything", 1));

        assertThat(SCHEMA.problems("f.yaml", text, tree)).isEmpty();
    }

    @Test
    void a_misspelt_key_in_a_list_item_names_file_line_key_and_the_nearest_known_key() {
        String text = "items:\n  - name: x\n  - name: y\n    place_is_objet: true\n";
        Object tree = map("items", List.of(map("name", "x"), map("name", "y", "place_is_objet", true)));

        assertThat(SCHEMA.problems("f.yaml", text, tree)).containsExactly(
                "f.yaml line 4: unknown key 'place_is_objet' in 'items' (known here: name, place_is_object;"
                        + " did you mean 'place_is_object'?)");
    }

    @Test
    void the_line_is_the_keys_own_even_when_the_same_word_is_a_key_earlier_under_another_section() {
        String text = "kinds:\n  dead:\n    nouns: [a]\n  hurt:\n    nouns: [b]\n    verb: [c]\nbogus: 1\n";
        Object tree = map("kinds", map("dead", map("nouns", List.of("a")),
                "hurt", map("nouns", List.of("b"), "verb", List.of("c"))), "bogus", 1);

        assertThat(SCHEMA.problems("f.yaml", text, tree)).containsExactly(
                "f.yaml line 6: unknown key 'verb' in 'kinds.hurt' (known here: nouns, verbs; did you mean 'verbs'?)",
                "f.yaml line 7: unknown key 'bogus' (known here: free, items, kinds)");
    }
}
