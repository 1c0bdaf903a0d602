package org.sitrep.model.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.model.text.EditDistance;

/**
 * The keys a rule file may hold, and the one check every rule-file reader runs: a key the schema does not know
 * (a misspelt {@code object_is_plac}) is a problem naming the file, the line and the key, with the nearest known
 * key as a hint. It checks keys only, over the plain tree a YAML parser gives (maps, lists, scalars): the shape of
 * values stays each reader's business. JDK only, so every module that reads rule files can use it.
 */
public final class KeySchema {
    private static final KeySchema ANY = new KeySchema(null, null, null);

    private final Map<String, KeySchema> fields;
    private final KeySchema anyKeyValue;
    private final KeySchema item;

    private KeySchema(Map<String, KeySchema> fields, KeySchema anyKeyValue, KeySchema item) {
        this.fields = fields;
        this.anyKeyValue = anyKeyValue;
        this.item = item;
    }

    /** A mapping with exactly these keys allowed (none required), given as key, schema, key, schema... */
    public static KeySchema keys(Object... keyThenSchema) {
        if (keyThenSchema.length % 2 != 0) {
            throw new IllegalArgumentException("keys come in pairs of name and schema");
        }
        Map<String, KeySchema> out = new LinkedHashMap<>();
        for (int i = 0; i < keyThenSchema.length; i += 2) {
            out.put((String) keyThenSchema[i], (KeySchema) keyThenSchema[i + 1]);
        }
        return new KeySchema(Map.copyOf(out), null, null);
    }

    /** A mapping with these keys, each holding a value of any shape. */
    public static KeySchema keys(Collection<String> names) {
        Map<String, KeySchema> out = new LinkedHashMap<>();
        names.forEach(name -> out.put(name, ANY));
        return new KeySchema(Map.copyOf(out), null, null);
    }

    /** A mapping whose keys are data (words, kinds), each value checked against {@code value}. */
    public static KeySchema anyKeys(KeySchema value) {
        return new KeySchema(null, value, null);
    }

    /** A list whose items are checked against {@code item}. */
    public static KeySchema listOf(KeySchema item) {
        return new KeySchema(null, null, item);
    }

    /** Any value: scalars, or a structure whose keys are not checked here. */
    public static KeySchema any() {
        return ANY;
    }

    /**
     * The unknown keys of {@code tree} (parsed from {@code text}), each as "label line N: unknown key 'k' in 'path'
     * (known here: ...)"; empty when every key is known.
     */
    public List<String> problems(String label, String text, Object tree) {
        List<String> out = new ArrayList<>();
        new Walk(label, text.split("\n", -1), out).visit(this, tree, "");
        return out;
    }

    /** Walks the tree in document order; {@code cursor} is the line of the last key found, so lookups move on. */
    private static final class Walk {
        private final String label;
        private final String[] lines;
        private final List<String> out;
        private int cursor;

        Walk(String label, String[] lines, List<String> out) {
            this.label = label;
            this.lines = lines;
            this.out = out;
        }

        void visit(KeySchema schema, Object node, String path) {
            if (schema == ANY || node == null) {
                return;
            }
            if (node instanceof Map<?, ?> map && schema.item == null) {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    String key = String.valueOf(entry.getKey());
                    int line = find(key);
                    KeySchema child = schema.fields == null ? schema.anyKeyValue : schema.fields.get(key);
                    if (child == null) {
                        out.add(label + " line " + (line > 0 ? line : "?") + ": unknown key '" + key + "'"
                                + (path.isEmpty() ? "" : " in '" + path + "'") + hint(key, schema.fields));
                        continue;
                    }
                    visit(child, entry.getValue(), path.isEmpty() ? key : path + "." + key);
                }
            } else if (node instanceof List<?> list && schema.item != null) {
                for (Object element : list) {
                    visit(schema.item, element, path);
                }
            }
        }

        /** The line (1-based) where {@code key} stands at or after the cursor, or 0 when the text does not show it. */
        private int find(String key) {
            Pattern pattern = Pattern.compile("(^|[\\s{,])[\"']?" + Pattern.quote(key) + "[\"']?\\s*:(\\s|$)");
            for (int i = Math.max(cursor - 1, 0); i < lines.length; i++) {
                String line = lines[i].strip();
                if (!line.startsWith("#") && pattern.matcher(line).find()) {
                    cursor = i + 1;
                    return cursor;
                }
            }
            return 0;
        }

        private static String hint(String key, Map<String, KeySchema> fields) {
            if (fields == null || fields.isEmpty()) {
                return "";
            }
            List<String> known = fields.keySet().stream().sorted().toList();
            String nearest = known.stream()
                    .min((a, b) -> Integer.compare(EditDistance.levenshtein(key, a), EditDistance.levenshtein(key, b)))
                    .orElseThrow();
            String guess = EditDistance.levenshtein(key, nearest) <= Math.max(2, key.length() / 3)
                    ? "; did you mean '" + nearest + "'?" : "";
            return " (known here: " + String.join(", ", known) + guess + ")";
        }
    }
}
