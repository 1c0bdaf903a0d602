package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

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
}
