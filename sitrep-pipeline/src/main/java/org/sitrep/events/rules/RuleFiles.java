package org.sitrep.events.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one strict reader of the event coder's rule files: an unknown or misspelt key, a duplicate key or a missing
 * one is an error naming the file, the line (where the parser knows it) and the key. Each file in an override
 * directory replaces its bundled namesake whole; the others stay bundled. Immutable and thread-safe.
 */
public final class RuleFiles {
    public static final String EVENTS = "events.yaml";
    public static final String STATUS = "status.yaml";
    public static final String CODEBOOK = "codebook.yaml";
    public static final String WORDS = "words.yaml";
    public static final String DATES = "dates.yaml";

    /** Every rule file and the record its content must fit. */
    public static final Map<String, Class<? extends Record>> SCHEMAS = schemas();

    private static final String BASE = "/org/sitrep/events/";
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private final Path directory;

    private RuleFiles(Path directory) {
        this.directory = directory;
    }

    /** The rule files bundled with sitrep. */
    public static RuleFiles bundled() {
        return new RuleFiles(null);
    }

    /** The rule files of {@code directory} over the bundled ones; the bundled ones alone when it is null. */
    public static RuleFiles over(Path directory) {
        if (directory != null && !Files.isDirectory(directory)) {
            throw new RuleFileException(directory + ": no such directory of rule files");
        }
        return new RuleFiles(directory);
    }

    public EventsFile events() {
        return read(EVENTS, EventsFile.class);
    }

    public StatusFile status() {
        return read(STATUS, StatusFile.class);
    }

    public CodebookFile codebook() {
        return read(CODEBOOK, CodebookFile.class);
    }

    public WordsFile words() {
        return read(WORDS, WordsFile.class);
    }

    public DatesFile dates() {
        return read(DATES, DatesFile.class);
    }

    /** The CAMEO verb lexicon {@code name} (events.yaml {@code cameo.file}): the override directory's, else bundled. */
    public CameoFile cameo(String name) {
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new RuleFileException(EVENTS + " cameo.file: '" + name + "' must be a file name beside the rule files");
        }
        Path file = directory == null ? null : directory.resolve(name);
        if (file != null && Files.isRegularFile(file)) {
            try (java.io.Reader in = Files.newBufferedReader(file)) {
                return CameoFile.read(in, file.toString());
            } catch (IOException e) {
                throw new RuleFileException(file + ": cannot be read: " + e.getMessage(), e);
            }
        }
        InputStream in = RuleFiles.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new RuleFileException("bundled " + BASE + name + " is missing from the build");
        }
        return CameoFile.read(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8),
                "bundled " + name);
    }

    /**
     * What is wrong with the rule files of {@code directory}, each as "file line N: problem"; empty when all of
     * them read. A YAML file the coder does not read is a problem too: a misnamed file would silently do nothing.
     */
    public static List<String> problems(Path directory) {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return List.of(directory + ": no such directory of rule files");
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
                    continue;
                }
                if (!SCHEMAS.containsKey(name)) {
                    out.add(file + ": not a rule file sitrep reads (" + String.join(", ", SCHEMAS.keySet()) + ")");
                    continue;
                }
                try {
                    new RuleFiles(directory).read(name, SCHEMAS.get(name));
                } catch (RuleFileException e) {
                    out.add(e.getMessage());
                }
            }
        } catch (IOException e) {
            out.add(directory + ": cannot be listed: " + e.getMessage());
        }
        return out;
    }

    private <T extends Record> T read(String name, Class<T> type) {
        Path file = directory == null ? null : directory.resolve(name);
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                return parse(in, file.toString(), type);
            } catch (IOException e) {
                throw new RuleFileException(file + ": cannot be read: " + e.getMessage(), e);
            }
        }
        try (InputStream in = RuleFiles.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new RuleFileException("bundled " + BASE + name + " is missing from the build");
            }
            return parse(in, "bundled " + name, type);
        } catch (IOException e) {
            throw new RuleFileException("bundled " + name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static <T extends Record> T parse(InputStream in, String label, Class<T> type) throws IOException {
        String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        T value;
        try {
            value = YAML.readValue(text, type);
        } catch (UnrecognizedPropertyException e) {
            int line = lineOfKey(text, e.getPropertyName(), e.getLocation().getLineNr());
            throw new RuleFileException(label + " line " + line + ": unknown key '"
                    + e.getPropertyName() + "' (known here: " + e.getKnownPropertyIds().stream().map(String::valueOf)
                    .sorted().collect(Collectors.joining(", ")) + ")", e);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new RuleFileException(label + (line > 0 ? " line " + line : "") + ": " + e.getOriginalMessage(), e);
        }
        if (value == null) {
            throw new RuleFileException(label + ": the file is empty");
        }
        requireAll(value, label, "");
        return value;
    }

    /**
     * The line of {@code key} in the text: the parser reports where it stood after reading the key's value, so the
     * key is the last line up to there that starts with it.
     */
    private static int lineOfKey(String text, String key, int reported) {
        String[] lines = text.split("\n", -1);
        int found = reported;
        for (int i = 0; i < Math.min(reported, lines.length); i++) {
            String line = lines[i].strip();
            if (line.startsWith("- ")) {
                line = line.substring(2).strip();
            }
            if (line.startsWith(key + ":") || line.startsWith("{" + key + ":")) {
                found = i + 1;
            }
        }
        return found;
    }

    /** Every key of a record must be there unless marked {@link MayOmit}; nested records, lists and maps too. */
    private static void requireAll(Object value, String label, String path) {
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object field;
                try {
                    field = component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                String key = path + PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(component.getName());
                com.fasterxml.jackson.annotation.JsonProperty renamed =
                        component.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                if (renamed != null) {
                    key = path + renamed.value();
                }
                if (field == null && !component.isAnnotationPresent(MayOmit.class)) {
                    throw new RuleFileException(label + ": missing key '" + key + "'");
                }
                requireAll(field, label, key + ".");
            }
        } else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (item == null) {
                    throw new RuleFileException(label + ": an empty item in '" + path.replaceAll("\\.$", "") + "'");
                }
                requireAll(item, label, path);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                requireAll(entry.getValue(), label, path + entry.getKey() + ".");
            }
        }
    }

    private static Map<String, Class<? extends Record>> schemas() {
        Map<String, Class<? extends Record>> out = new LinkedHashMap<>();
        out.put(EVENTS, EventsFile.class);
        out.put(STATUS, StatusFile.class);
        out.put(CODEBOOK, CodebookFile.class);
        out.put(WORDS, WordsFile.class);
        out.put(DATES, DatesFile.class);
        return java.util.Collections.unmodifiableMap(out);
    }
}
