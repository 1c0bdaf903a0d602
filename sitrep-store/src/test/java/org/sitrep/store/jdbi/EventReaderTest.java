package org.sitrep.store.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventReaderTest {
    @Test
    void counting_matches_up_to_the_cap_chooses_the_plan_a_full_count_chooses() {
        for (long events : new long[] {0, 1, 10, 1_000, 100_000, 2_000_000}) {
            for (int limit : new int[] {0, 1, 50, 500, 2_000, Integer.MAX_VALUE}) {
                long cap = EventReader.countCap(events, limit);
                assertThat(cap).isPositive();
                for (long matches = 0; matches <= cap * 3 + 10; matches += Math.max(1, cap / 50)) {
                    assertThat(EventReader.sortsFewerRows(Math.min(matches, cap), events, limit))
                            .as("%d matches of %d events, limit %d", matches, events, limit)
                            .isEqualTo(EventReader.sortsFewerRows(matches, events, limit));
                }
            }
        }
    }
}
