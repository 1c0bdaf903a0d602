package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.StoreFixtures.SPOKESMAN_ID;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The store contract under concurrent writers and readers. */
public interface ConcurrencyContract extends StoreUnderTest {

    @Test
    default void concurrent_writers_and_readers_see_only_whole_documents() throws Exception {
        int writers = 4;
        int documentsPerWriter = 5;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                int writerNumber = writer;
                work.add(pool.submit((Callable<Void>) () -> {
                    for (int i = 0; i < documentsPerWriter; i++) {
                        store().saveDocument(StoreFixtures.report("reports/w" + writerNumber + "/r" + i + ".txt"));
                    }
                    return null;
                }));
            }
            Future<Integer> reader = pool.submit(() -> {
                int reads = 0;
                do {
                    for (DocumentSummary summary : store().documents()) {
                        // A document is either absent or whole: never without its sentences.
                        assertThat(summary.sentences()).isEqualTo(3);
                    }
                    store().search("Bamako", 5);
                    reads++;
                } while (!work.stream().allMatch(Future::isDone));
                return reads;
            });
            for (Future<?> future : work) {
                future.get(60, TimeUnit.SECONDS);
            }
            assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
        } finally {
            pool.shutdownNow();
        }

        assertThat(store().documents()).hasSize(writers * documentsPerWriter);
        assertThat(store().mentionCount(SPOKESMAN_ID)).isEqualTo(2 * writers * documentsPerWriter);
    }
}
