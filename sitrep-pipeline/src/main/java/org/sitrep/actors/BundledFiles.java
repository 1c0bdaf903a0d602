package org.sitrep.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sitrep.model.rules.KeySchema;

/** The actor resolver's bundled data files: read from the classpath, YAML checked against its keys. */
final class BundledFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private BundledFiles() {
    }

    /** The text of {@code /org/sitrep/actors/NAME}; a missing file is a broken build, said by name. */
    static String text(String name) {
        try (InputStream in = BundledFiles.class.getResourceAsStream("/org/sitrep/actors/" + name)) {
            if (in == null) {
                throw new ActorDictionaryException("bundled resource " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ActorDictionaryException(name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A YAML file's tree, refused with every unknown or missing key named (file, line, key). */
    static JsonNode yaml(String name, String text, KeySchema keys) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (IOException e) {
            throw new ActorDictionaryException(name + " is not valid YAML: " + e.getMessage(), e);
        }
        List<String> problems = keys.problems(name, text, YAML.convertValue(root, Object.class));
        if (!problems.isEmpty()) {
            throw new ActorDictionaryException(String.join("; ", problems));
        }
        return root;
    }
}
