package org.sitrep.store.jdbi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a user's words into full-text expressions, the one query tokenizer of both back ends. The user never
 * writes query syntax: the words are cut at whitespace into terms, and each term is rendered so that
 * {@code "}, {@code *}, {@code :}, {@code -}, {@code (} or {@code NEAR} are searched for as text (or ignored)
 * and cannot change the query.
 *
 * <p>For SQLite's FTS5 each term becomes a quoted string, which FTS5's own tokenizer splits, so "Ansar-Dine" is
 * the phrase "ansar dine", exactly as the sentence text was indexed. For PostgreSQL's
 * {@code websearch_to_tsquery} each term becomes a quoted phrase of its runs of letters and digits (the same
 * split), so no character of the user's can reach the query parser as an operator. Immutable and thread-safe.
 */
final class FtsQuery {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern HAS_LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
    /** Marks stay with their letter ("Toure\u0301" is one word), as both databases' tokenizers keep them. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");

    private final List<String> terms;

    private FtsQuery(List<String> terms) {
        this.terms = List.copyOf(terms);
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
                terms.add(term);
            }
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(new FtsQuery(terms));
    }

    /** Every term must occur (FTS5 joins adjacent strings with AND). */
    String allTerms() {
        return String.join(" ", fts5Terms());
    }

    /** Any term may occur. */
    String anyTerm() {
        return String.join(" OR ", fts5Terms());
    }

    /** Every term must occur, for {@code websearch_to_tsquery} (adjacent phrases are ANDed). */
    String websearchAllTerms() {
        return String.join(" ", websearchTerms());
    }

    /** Any term may occur, for {@code websearch_to_tsquery}. */
    String websearchAnyTerm() {
        return String.join(" or ", websearchTerms());
    }

    /** Whether {@link #anyTerm()} can find more than {@link #allTerms()}. */
    boolean hasSeveralTerms() {
        return terms.size() > 1;
    }

    private List<String> fts5Terms() {
        return terms.stream().map(term -> '"' + term.replace("\"", "\"\"") + '"').toList();
    }

    private List<String> websearchTerms() {
        return terms.stream()
                .map(term -> '"' + String.join(" ", NOT_WORD.split(term.replaceAll("^[^\\p{L}\\p{N}]+", ""))) + '"')
                .toList();
    }
}
