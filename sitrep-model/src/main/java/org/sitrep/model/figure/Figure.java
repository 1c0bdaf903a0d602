package org.sitrep.model.figure;

import org.sitrep.model.Span;

/**
 * A number with what it counts.
 *
 * @param value the number as stated (the lower bound for ranges)
 * @param counted the counted noun phrase as written ("civilians", "of its troops")
 * @param kind what it counts, from the counted noun and the governing verb ("fled" makes civilians displaced)
 * @param span the whole phrase, qualifier to counted noun
 */
public record Figure(int sentence, Span span, String text, long value, Qualifier qualifier, String counted,
                     FigureKind kind) {
}
