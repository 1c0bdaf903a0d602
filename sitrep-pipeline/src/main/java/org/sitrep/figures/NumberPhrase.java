package org.sitrep.figures;

import java.math.BigDecimal;
import java.util.Optional;
import org.sitrep.model.figure.FigureKind;
import org.sitrep.model.figure.Qualifier;

/**
 * Tokens {@code [start, end)} of a sentence read as one number, before anything decides whether it is a count.
 *
 * @param value the number with its scale words applied ("1.5 million" is 1,500,000); a vague count holds the
 *     smallest value it allows ("dozens" is 24)
 * @param scale the largest scale word ("million"), 1 without any; lets "2 to 3 million" scale its lower end
 * @param vague a plural or indefinite count: "dozens", "tens of thousands", "several hundred"
 * @param lone the bare word "one", which is more often a pronoun than a count
 * @param digits written in digits, so the first token's shape can say it is a year, a phone number or an id
 * @param groupKind what a group-size suffix counts when the noun does not say ("7,000-strong": troops)
 * @param postfix a qualifier glued to the number: "100-plus", "100+"
 * @param compound a hyphenated adjective or fraction, not a count: "10-day", "5-year-old", "two-thirds"
 */
record NumberPhrase(int start, int end, BigDecimal value, long scale, boolean vague, boolean lone, boolean digits,
                    Optional<FigureKind> groupKind, Optional<Qualifier> postfix, boolean compound) {
}
