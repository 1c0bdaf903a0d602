package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Issue;
import org.sitrep.model.SourceInfo;
import org.sitrep.model.text.EditDistance;

/**
 * Reads the metadata sidecar of a report: {@code NAME.meta.json} next to {@code NAME.ext}, a JSON object with the
 * string fields {@code title, publisher, author, published, url, language}. Thread-safe.
 */
final class Sidecar {
    static final List<String> FIELDS = List.of("title", "publisher", "author", "published", "url", "language");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("date", "published"), Map.entry("pubdate", "published"),
            Map.entry("published_at", "published"), Map.entry("publication_date", "published"),
            Map.entry("date_published", "published"), Map.entry("source", "publisher"),
            Map.entry("site", "publisher"), Map.entry("site_name", "publisher"),
            Map.entry("organisation", "publisher"), Map.entry("organization", "publisher"),
            Map.entry("authors", "author"), Map.entry("byline", "author"), Map.entry("link", "url"),
            Map.entry("uri", "url"), Map.entry("source_url", "url"), Map.entry("lang", "language"),
            Map.entry("headline", "title"));

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** What a sidecar says, and the warnings about it. */
    record Contents(SourceInfo info, List<Issue> warnings) {
    }

    /** The sidecar path of {@code document}: its name without the last extension, plus {@code .meta.json}. */
    static Path pathFor(Path document) {
        String name = document.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return document.resolveSibling(base + SourceFiles.SIDECAR_SUFFIX);
    }

    /**
     * Reads the sidecar of {@code document}, if there is one.
     *
     * @throws IngestException {@code meta_malformed}, {@code meta_bad_date} or {@code unreadable}, carrying the
     *     document's path; the message names the sidecar
     */
    Optional<Contents> read(Path document) {
        Path sidecar = pathFor(document);
        if (!Files.isRegularFile(sidecar)) {
            return Optional.empty();
        }
        String about = sidecar + " (the metadata of " + document.getFileName() + ")";
        JsonNode root;
        try {
            root = mapper.readTree(Files.readAllBytes(sidecar));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new IngestException(IngestCodes.META_MALFORMED, document, about + " is not valid JSON" + where
                    + ": " + e.getOriginalMessage() + ". Fix the JSON or remove the file.", e);
        } catch (IOException e) {
            throw new IngestException(IngestCodes.UNREADABLE, document,
                    "Cannot read " + about + ": " + e.getMessage() + ".", e);
        }
        if (root == null || !root.isObject()) {
            throw new IngestException(IngestCodes.META_MALFORMED, document, about + " must hold a JSON object such"
                    + " as {\"title\": \"...\", \"published\": \"2012-04-03\"}, not "
                    + (root == null || root.isMissingNode() ? "nothing" : "a JSON " + root.getNodeType()
                            .name().toLowerCase(Locale.ROOT)) + ".");
        }
        List<Issue> warnings = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                warnings.add(new Issue(IngestCodes.META_UNKNOWN_FIELD, IngestCodes.STAGE, about
                        + " has the field \"" + name + "\", which sitrep does not know and ignores" + hint(name)
                        + ". Known fields: " + String.join(", ", FIELDS) + "."));
            }
        }
        SourceInfo info = new SourceInfo(text(root, "title", document, about), text(root, "publisher", document,
                about), text(root, "author", document, about), published(root, document, about),
                text(root, "url", document, about), text(root, "language", document, about));
        return Optional.of(new Contents(info, warnings));
    }

    private static String text(JsonNode root, String field, Path document, String about) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new IngestException(IngestCodes.META_MALFORMED, document, about + ": \"" + field
                    + "\" must be a string, not " + node + ".");
        }
        String value = node.textValue().strip();
        return value.isEmpty() ? null : value;
    }

    private static LocalDate published(JsonNode root, Path document, String about) {
        JsonNode node = root.get("published");
        if (node == null || node.isNull() || node.isTextual() && node.textValue().isBlank()) {
            return null;
        }
        Optional<LocalDate> date = node.isTextual() ? IsoDates.parse(node.textValue()) : Optional.empty();
        return date.orElseThrow(() -> new IngestException(IngestCodes.META_BAD_DATE, document, about
                + ": \"published\" is " + node + ", which is not an ISO date. Write it as YYYY-MM-DD, for example"
                + " \"2012-04-03\" (a full ISO date-time such as \"2012-04-03T10:00:00Z\" also works)."));
    }

    private static String hint(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String known = ALIASES.get(lower);
        if (known == null) {
            known = FIELDS.stream().filter(f -> EditDistance.levenshtein(f, lower) <= 2).findFirst().orElse(null);
        }
        return known == null ? "" : " (did you mean \"" + known + "\"?)";
    }
}
