package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void folding_ignores_accents_case_apostrophes_and_punctuation() {
        assertThat(Names.normalise("TOURÉ.")).isEqualTo("toure");
        assertThat(Names.normalise("Front Populaire pour la Libération de l’Aïr"))
                .isEqualTo("front populaire pour la liberation de l air");
        assertThat(Names.normalise("  Côte d'Ivoire ")).isEqualTo("cote d ivoire");
    }

    @Test
    void acronyms_are_capitals_without_spaces() {
        assertThat(Names.isAcronym("MNLA")).isTrue();
        assertThat(Names.isAcronym("M5-RFP")).isTrue();
        assertThat(Names.isAcronym("Mali")).isFalse();
        assertThat(Names.isAcronym("A")).isFalse();
        assertThat(Names.isAcronym("UN SC")).isFalse();
    }

    @Test
    void initials_of_a_name() {
        assertThat(Names.contentInitials("National Committee for the Salvation of the People")).isEqualTo("NCSP");
        assertThat(Names.initials("Economic Community of West African States")).isEqualTo("ECWAS");
    }

    @Test
    void spelling_distances() {
        assertThat(Names.editDistance("sanogo", "sango")).isEqualTo(1);
        assertThat(Names.editDistance("sanogo", "sanago")).isEqualTo(1);
        assertThat(Names.jaroWinkler("azawad", "azaouad")).isGreaterThan(0.85);
        assertThat(Names.jaroWinkler("traore", "konare")).isLessThan(0.85);
    }
}
