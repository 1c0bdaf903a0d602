package org.sitrep.picture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.figure.FigureKind;
import org.sitrep.model.figure.Qualifier;

class FigureClaimTest {

    @ParameterizedTest(name = "{0} {1} against {2} {3}: agree={4}")
    @CsvSource({
        "APPROX_BELOW, 300000, APPROX_BELOW, 300000, true",   // "almost" and "nearly" the same number
        "AT_LEAST, 4, EXACT, 5, true",                        // "at least four" and "five"
        "EXACT, 4, EXACT, 5, false",
        "EXACT, 251000, APPROX_BELOW, 300000, false",         // a count against "almost" a larger round number
        "EXACT, 290000, APPROX_BELOW, 300000, true",
        "EXACT, 3000, EXACT, 3400, true",                     // 3,000 may be rounded to the thousand: 2,500-3,500
        "APPROX, 1000, EXACT, 1090, true",                    // "about 1,000"
        "AT_MOST, 20, EXACT, 25, false",                      // "up to 20" and 25
        "MORE_THAN, 100, EXACT, 97, false"})
    void claims_agree_when_their_hedged_intervals_overlap(Qualifier q1, long v1, Qualifier q2, long v2,
                                                          boolean agree) {
        FigureClaim a = new FigureClaim(FigureKind.DISPLACED, v1, q1, "doc-a", null, 1, "x");
        FigureClaim b = new FigureClaim(FigureKind.DISPLACED, v2, q2, "doc-b", null, 1, "y");

        assertThat(a.interval(0.1).overlaps(b.interval(0.1))).isEqualTo(agree);
        assertThat(b.interval(0.1).overlaps(a.interval(0.1))).isEqualTo(agree);
    }
}
