package org.sitrep.model.figure;

import org.sitrep.model.Span;

/**
 * A number with what it counts.
 *
 * @param value the number as stated (the lower bound for ranges, "between 10 and 20" gives 10)
 * @param counted the counted noun phrase as written, modifiers kept ("civilians", "Malian army"; "troops" for
 *     "40 of its troops"); empty when only the verb says what is counted ("killing more than 100")
 * @param kind what it counts, from the counted noun and the governing verb ("fled" makes civilians displaced)
 * @param span the whole phrase, qualifier to counted noun
 */
public record Figure(int sentence, Span span, String text, long value, Qualifier qualifier, String counted,
                     FigureKind kind) {
}
