package org.sitrep.picture;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.figure.FigureKind;

/**
 * The state of things on one day: who holds which office, who holds which towns, which measures are in force,
 * and the key figures as ranges over the reports' claims.
 *
 * @param country the ISO 3166 alpha-3 code asked for, or null for every country
 */
public record Situation(LocalDate at, String country, List<Spells.Power> power, List<Spells.Control> control,
                        List<Spells.Measure> measures, List<KeyFigure> figures) {
    public Situation {
        power = List.copyOf(power);
        control = List.copyOf(control);
        measures = List.copyOf(measures);
        figures = List.copyOf(figures);
    }

    /** A figure as the range its claims span, with each claim. */
    public record KeyFigure(FigureKind kind, long min, long max, List<FigureClaim> claims) {
        public KeyFigure {
            claims = List.copyOf(claims);
        }
    }
}
