package org.sitrep.store.jdbi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a user's words into FTS5 MATCH expressions. The user never writes FTS5 syntax: each
 * whitespace-separated term becomes a quoted string, so {@code "}, {@code *}, {@code :}, {@code -},
 * {@code (} or {@code NEAR} are searched for as text (or ignored) and cannot change the query. Inside the
 * quotes FTS5's own tokenizer splits the term, so "Ansar-Dine" is the phrase "ansar dine", exactly as the
 * sentence text was indexed. Immutable and thread-safe.
 */
final class FtsQuery {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern HAS_LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    private final List<String> quotedTerms;

    private FtsQuery(List<String> quotedTerms) {
        this.quotedTerms = List.copyOf(quotedTerms);
    }

    /** The query for {@code words}, or empty when they hold nothing searchable. */
    static Optional<FtsQuery> of(String words) {
        if (words == null) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        for (String term : WHITESPACE.split(words.strip())) {
            // A term of punctuation alone would be an empty phrase; it cannot match anything useful.
            if (HAS_LETTER_OR_DIGIT.matcher(term).find()) {
                terms.add('"' + term.replace("\"", "\"\"") + '"');
            }
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(new FtsQuery(terms));
    }

    /** Every term must occur (FTS5 joins adjacent strings with AND). */
    String allTerms() {
        return String.join(" ", quotedTerms);
    }

    /** Any term may occur. */
    String anyTerm() {
        return String.join(" OR ", quotedTerms);
    }

    /** Whether {@link #anyTerm()} can find more than {@link #allTerms()}. */
    boolean hasSeveralTerms() {
        return quotedTerms.size() > 1;
    }
}
