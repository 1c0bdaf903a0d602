package org.sitrep.events.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CAMEO verb lexicon ({@code cameo-verbs.tsv}, written by scripts/cameo_to_plover_lexicon.py from PETRARCH2's
 * CAMEO dictionary and PLOVER's CAMEO2PLOVER table), read strictly: the column header, the number of columns, the
 * row kinds and that every pattern's block has verbs are checked; a problem names the file and the line.
 *
 * @param verbs the verb rows
 * @param patterns the pattern rows
 * @param synsets each synonym set ("&town") and its words
 */
public record CameoFile(List<Verb> verbs, List<Pattern> patterns, Map<String, List<String>> synsets) {
    public static final String HEADER = "kind\tblock\tverb\thead\tforms\tpattern\tcameo\tplover_event\tplover_mode"
            + "\tplover_context\tsitrep_class";
    private static final int COLUMNS = 11;

    /** A verb of a block; {@code sitrepClass} is the class its bare use codes, empty when none. */
    public record Verb(String block, String verb, String head, String cameo, String sitrepClass, int line) {
    }

    /** A pattern of a block, PETRARCH's notation in lower case; {@code sitrepClass} is never empty. */
    public record Pattern(String block, String pattern, String cameo, String sitrepClass, int line) {
    }

    /** Reads the lexicon; {@code label} names it in errors. */
    public static CameoFile read(Reader in, String label) {
        List<Verb> verbs = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        Map<String, List<String>> synsets = new HashMap<>();
        boolean header = false;
        int number = 0;
        try (BufferedReader reader = new BufferedReader(in)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.startsWith("# synset\t")) {
                    String[] parts = line.split("\t", -1);
                    if (parts.length != 3 || !parts[1].startsWith("&") || parts[2].isBlank()) {
                        throw problem(label, number, "a synset line is '# synset<TAB>&name<TAB>words'");
                    }
                    synsets.put(parts[1], List.of(parts[2].strip().split(" +")));
                    continue;
                }
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (!header) {
                    if (!line.equals(HEADER)) {
                        throw problem(label, number, "the first row must be the column header '"
                                + HEADER.replace('\t', ' ') + "'");
                    }
                    header = true;
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != COLUMNS) {
                    throw problem(label, number, c.length + " columns, not " + COLUMNS);
                }
                switch (c[0]) {
                    case "verb" -> {
                        if (c[1].isEmpty() || c[2].isEmpty() || c[3].isEmpty()) {
                            throw problem(label, number, "a verb row needs block, verb and head");
                        }
                        if (c[10].isEmpty() != c[6].isEmpty()) {
                            throw problem(label, number, "a verb row has a CAMEO code and a class, or neither");
                        }
                        verbs.add(new Verb(c[1], c[2], c[3], c[6], c[10], number));
                    }
                    case "pattern" -> {
                        if (c[1].isEmpty() || c[5].isEmpty() || c[6].isEmpty() || c[10].isEmpty()) {
                            throw problem(label, number, "a pattern row needs block, pattern, cameo code and class");
                        }
                        patterns.add(new Pattern(c[1], c[5], c[6], c[10], number));
                    }
                    default -> throw problem(label, number, "unknown row kind '" + c[0] + "' (verb, pattern)");
                }
            }
        } catch (IOException e) {
            throw new RuleFileException(label + ": cannot be read: " + e.getMessage(), e);
        }
        if (!header) {
            throw new RuleFileException(label + ": no column header; is this the CAMEO verb lexicon?");
        }
        java.util.Set<String> blocks = new java.util.HashSet<>();
        verbs.forEach(v -> blocks.add(v.block()));
        for (Pattern pattern : patterns) {
            if (!blocks.contains(pattern.block())) {
                throw problem(label, pattern.line(), "pattern of block '" + pattern.block() + "', which has no verb");
            }
        }
        return new CameoFile(List.copyOf(verbs), List.copyOf(patterns), Map.copyOf(synsets));
    }

    private static RuleFileException problem(String label, int line, String what) {
        return new RuleFileException(label + " line " + line + ": " + what);
    }
}
