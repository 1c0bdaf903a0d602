package org.sitrep.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.Role;
import org.sitrep.model.rules.KeySchema;
import org.sitrep.model.text.TextFold;

/**
 * The curated knowledge the actor resolver starts from: actors with aliases, tags and dated roles; generic
 * nominals ("the junta") by tag; titles that may precede a name. Loaded once from the bundled resources and
 * from any extra dictionary files an analyst adds (entries there replace bundled ones with the same id).
 * Immutable and thread-safe once built.
 */
public final class ActorDictionary {
    private static final String BASE = "/org/sitrep/actors/";

    private final Map<String, DictionaryActor> byId;
    private final Map<String, String> tagByNominal;
    private final Set<String> fallbackTags;
    private final Set<String> titles;
    private final Map<String, String> countryByName;
    private final Map<String, String> tagByTitle;
    private final Map<String, NominalTag> nominalTags;

    private ActorDictionary(Map<String, DictionaryActor> byId, Map<String, String> tagByNominal,
                            Set<String> fallbackTags, Set<String> titles, Map<String, String> countryByName,
                            Map<String, String> tagByTitle, Map<String, NominalTag> nominalTags) {
        this.tagByTitle = Map.copyOf(tagByTitle);
        this.nominalTags = Map.copyOf(nominalTags);
        this.byId = Map.copyOf(byId);
        this.tagByNominal = Map.copyOf(tagByNominal);
        this.fallbackTags = Set.copyOf(fallbackTags);
        this.titles = Set.copyOf(titles);
        this.countryByName = Map.copyOf(countryByName);
    }

    /** The bundled dictionary, plus {@code extraFiles} (YAML with the same schema) in order. */
    public static ActorDictionary load(List<Path> extraFiles) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, DictionaryActor> actors = new LinkedHashMap<>();
        readActors(yaml, resource("actors.yaml"), "actors.yaml (bundled)", actors);
        for (Path file : extraFiles) {
            try (InputStream in = Files.newInputStream(file)) {
                readActors(yaml, in, file.toString(), actors);
            } catch (IOException e) {
                throw new ActorDictionaryException("cannot read actor dictionary " + file + ": " + e.getMessage(), e);
            }
        }
        Set<String> fallbackTags = new HashSet<>();
        Map<String, String> tagByTitle = new HashMap<>();
        Map<String, NominalTag> nominalTags = new HashMap<>();
        Map<String, String> nominals = readNominals(yaml, resource("nominals.yaml"), fallbackTags, tagByTitle,
                nominalTags);
        Set<String> titles = readTitles(resource("titles.txt"));
        Map<String, String> countries = readCountries(resource("countries.tsv"));
        return new ActorDictionary(actors, nominals, fallbackTags, titles, countries, tagByTitle, nominalTags);
    }

    public static ActorDictionary bundled() {
        return load(List.of());
    }

    /** A dictionary built in code, for tests. */
    public static ActorDictionary of(Collection<DictionaryActor> actors, Map<String, String> tagByNominal,
                                     Set<String> fallbackTags, Set<String> titles, Map<String, String> countryByName) {
        Map<String, DictionaryActor> byId = new LinkedHashMap<>();
        actors.forEach(actor -> byId.put(actor.id(), actor));
        Map<String, String> nominals = new HashMap<>();
        tagByNominal.forEach((phrase, tag) -> nominals.put(TextFold.name(phrase), tag));
        Set<String> normalisedTitles = new HashSet<>();
        titles.forEach(title -> normalisedTitles.add(TextFold.name(title)));
        Map<String, String> countries = new HashMap<>();
        countryByName.forEach((name, code) -> countries.put(TextFold.name(name), code));
        return new ActorDictionary(byId, nominals, fallbackTags, normalisedTitles, countries, Map.of(), Map.of());
    }

    /** This dictionary with {@code tagByTitle} (title to tag, as nominals.yaml's {@code titles}), for tests. */
    public ActorDictionary withTitleTags(Map<String, String> titleTags) {
        Map<String, String> folded = new HashMap<>();
        titleTags.forEach((title, tag) -> folded.put(TextFold.name(title), tag));
        return new ActorDictionary(byId, tagByNominal, fallbackTags, titles, countryByName, folded, nominalTags);
    }

    /** This dictionary with {@code tags} resolved as they say (as nominals.yaml's kinds and own actors), for tests. */
    ActorDictionary withNominalTags(Map<String, NominalTag> tags) {
        return new ActorDictionary(byId, tagByNominal, fallbackTags, titles, countryByName, tagByTitle, tags);
    }

    /** How a nominal tag resolves besides the tag: by the kind of actor named before, or to an actor of its own. */
    NominalTag nominalTag(String tag) {
        return nominalTags.getOrDefault(tag, NominalTag.PLAIN);
    }

    public Collection<DictionaryActor> actors() {
        return byId.values();
    }

    public Optional<DictionaryActor> actor(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Tag a generic nominal refers to ("the junta" gives "junta"), by normalised phrase. */
    public Map<String, String> tagByNominal() {
        return tagByNominal;
    }

    /**
     * Whether a nominal with this tag may mean a dictionary actor the document does not name (a country's own
     * army or junta), chosen by the document's country and date.
     */
    public boolean fallsBackOnContext(String tag) {
        return fallbackTags.contains(tag);
    }

    /**
     * The tag a person named with this title answers to ("president" gives head_of_state), by normalised title:
     * nominals.yaml's {@code titles}.
     */
    public Optional<String> tagOfTitle(String normalisedTitle) {
        return Optional.ofNullable(tagByTitle.get(normalisedTitle));
    }

    public boolean isTitle(String normalisedWords) {
        return titles.contains(normalisedWords);
    }

    /**
     * The words of a person's name as linking reads them: folded, without leading titles ("Captain Amadou
     * Sanogo" gives amadou, sanogo). The linker and the Spark job's blocking keys both read names through this.
     */
    public List<String> personWords(String name) {
        List<String> words = new ArrayList<>(TextFold.nameWords(name));
        boolean stripped = true;
        while (stripped && words.size() > 1) {
            stripped = false;
            for (int width = Math.min(3, words.size() - 1); width >= 1; width--) {
                if (isTitle(String.join(" ", words.subList(0, width)))) {
                    words.subList(0, width).clear();
                    stripped = true;
                    break;
                }
            }
        }
        return words;
    }

    /**
     * A generic nominal ("the junta", "restive troops"), with or without its article and adjectives; a whole
     * form is one too when it is a nominal's without its article ("group", for "the group").
     */
    public boolean isGeneric(String form) {
        List<String> words = TextFold.nameWords(form);
        for (int start = 0; start < words.size(); start++) {
            String tail = String.join(" ", words.subList(start, words.size()));
            if (tagByNominal().containsKey(tail) || start == 0 && tagByNominal().containsKey("the " + tail)) {
                return true;
            }
        }
        return false;
    }

    /** ISO 3166 alpha-3 code of a country name ("Mali", "Republic of Mali"), by normalised name. */
    public Optional<String> countryCode(String name) {
        return Optional.ofNullable(countryByName.get(TextFold.name(name)));
    }

    public Map<String, String> countryByName() {
        return countryByName;
    }

    private static InputStream resource(String name) {
        InputStream in = ActorDictionary.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new ActorDictionaryException("bundled resource " + BASE + name + " is missing from the build");
        }
        return in;
    }

    /** The keys an actor dictionary (bundled or given with --actors) may hold; anything else is a misspelling. */
    public static final KeySchema ACTORS_KEYS = KeySchema.keys("actors", KeySchema.listOf(KeySchema.keys(
            "id", KeySchema.any(), "name", KeySchema.any(), "kind", KeySchema.any(), "country", KeySchema.any(),
            "sector", KeySchema.any(), "wikidata", KeySchema.any(), "aliases", KeySchema.any(),
            "tags", KeySchema.any(), "roles", KeySchema.listOf(KeySchema.keys(List.of("role", "of", "from", "to"))))));
    /** The keys of {@code nominals.yaml}. */
    public static final KeySchema NOMINALS_KEYS = KeySchema.keys("nominals", KeySchema.listOf(
            KeySchema.keys(List.of("tag", "context_fallback", "phrases", "titles", "kinds", "own_actor", "own_kind"))));

    /** An unknown or misspelt key fails with the file, the line and the key (the shared rule-file check). */
    private static void checkKeys(ObjectMapper yaml, KeySchema schema, String source, String text, JsonNode root) {
        List<String> problems = schema.problems(source, text, yaml.convertValue(root, Object.class));
        if (!problems.isEmpty()) {
            throw new ActorDictionaryException(String.join("; ", problems));
        }
    }

    private static void readActors(ObjectMapper yaml, InputStream in, String source,
                                   Map<String, DictionaryActor> into) {
        JsonNode root;
        String text;
        try (in) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            root = yaml.readTree(text);
        } catch (IOException e) {
            throw new ActorDictionaryException("actor dictionary " + source + " is not valid YAML: "
                    + e.getMessage(), e);
        }
        checkKeys(yaml, ACTORS_KEYS, "actor dictionary " + source, text, root);
        JsonNode list = root == null ? null : root.get("actors");
        if (list == null || !list.isArray()) {
            throw new ActorDictionaryException("actor dictionary " + source + " has no 'actors:' list");
        }
        for (JsonNode node : list) {
            DictionaryActor actor = readActor(node, source);
            into.put(actor.id(), actor);
        }
    }

    private static DictionaryActor readActor(JsonNode node, String source) {
        String id = text(node, "id");
        String name = text(node, "name");
        if (id == null || name == null) {
            throw new ActorDictionaryException("actor dictionary " + source + ": an entry lacks 'id' or 'name': "
                    + node);
        }
        String kindText = text(node, "kind");
        ActorKind kind;
        try {
            kind = ActorKind.valueOf(kindText == null ? "" : kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ActorDictionaryException("actor dictionary " + source + ", entry '" + id + "': kind '"
                    + kindText + "' is not one of " + java.util.Arrays.toString(ActorKind.values()), e);
        }
        List<Role> roles = new ArrayList<>();
        JsonNode rolesNode = node.get("roles");
        if (rolesNode != null) {
            for (JsonNode roleNode : rolesNode) {
                roles.add(new Role(text(roleNode, "role"), text(roleNode, "of"),
                        date(roleNode, "from", source, id), date(roleNode, "to", source, id)));
            }
        }
        return new DictionaryActor(id, name, kind, text(node, "country"), text(node, "sector"),
                text(node, "wikidata"), strings(node.get("aliases")), new HashSet<>(strings(node.get("tags"))),
                roles);
    }

    private static Map<String, String> readNominals(ObjectMapper yaml, InputStream in, Set<String> fallbackTags,
                                                    Map<String, String> tagByTitle,
                                                    Map<String, NominalTag> nominalTags) {
        Map<String, String> out = new HashMap<>();
        try (in) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonNode root = yaml.readTree(text);
            checkKeys(yaml, NOMINALS_KEYS, "nominals.yaml (bundled)", text, root);
            for (JsonNode group : root.get("nominals")) {
                String tag = text(group, "tag");
                if (group.path("context_fallback").asBoolean(false)) {
                    fallbackTags.add(tag);
                }
                for (String phrase : strings(group.get("phrases"))) {
                    out.put(TextFold.name(phrase), tag);
                }
                for (String title : strings(group.get("titles"))) {
                    tagByTitle.put(TextFold.name(title), tag);
                }
                if (group.has("kinds") || group.has("own_actor")) {
                    nominalTags.put(tag, nominalTag(group, tag));
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new ActorDictionaryException("nominals.yaml is not valid: " + e.getMessage(), e);
        }
        return out;
    }

    private static NominalTag nominalTag(JsonNode group, String tag) {
        List<ActorKind> kinds = new ArrayList<>();
        for (String kind : strings(group.get("kinds"))) {
            kinds.add(kind(kind, "nominals.yaml, tag " + tag));
        }
        String ownActor = text(group, "own_actor");
        String ownKind = text(group, "own_kind");
        if ((ownActor == null) != (ownKind == null)) {
            throw new ActorDictionaryException("nominals.yaml, tag " + tag + ": own_actor and own_kind go together");
        }
        return new NominalTag(kinds, ownActor, ownKind == null ? null : kind(ownKind, "nominals.yaml, tag " + tag));
    }

    private static ActorKind kind(String text, String where) {
        try {
            return ActorKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ActorDictionaryException(where + ": kind '" + text + "' is not one of "
                    + java.util.Arrays.toString(ActorKind.values()), e);
        }
    }

    private static Set<String> readTitles(InputStream in) {
        Set<String> out = new HashSet<>();
        for (String line : lines(in)) {
            String normalised = TextFold.name(line);
            if (!normalised.isEmpty()) {
                out.add(normalised);
            }
        }
        return out;
    }

    /** {@code countries.tsv}: ISO3, then every name of the country, tab-separated. */
    private static Map<String, String> readCountries(InputStream in) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines(in)) {
            String[] fields = line.split("\t");
            for (int i = 1; i < fields.length; i++) {
                out.putIfAbsent(TextFold.name(fields[i]), fields[0]);
            }
        }
        return out;
    }

    private static List<String> lines(InputStream in) {
        try (in) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new ActorDictionaryException("cannot read bundled list: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate date(JsonNode node, String field, String source, String id) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ActorDictionaryException("actor dictionary " + source + ", entry '" + id + "': role date '"
                    + value + "' is not YYYY-MM-DD", e);
        }
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null) {
            node.forEach(item -> out.add(item.asText()));
        }
        return out;
    }
}
