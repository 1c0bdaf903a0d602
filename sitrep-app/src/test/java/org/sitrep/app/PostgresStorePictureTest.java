package org.sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.store.DocumentRecord;
import org.sitrep.store.Store;
import org.sitrep.store.jdbi.SqliteStore;
import org.sitrep.store.jdbi.Stores;

/**
 * The picture on a shared PostgreSQL store: two stores (as two processes would open) saving and reclustering reports
 * at the same time leave the clusters that clustering every report at once gives.
 */
@EnabledIfEnvironmentVariable(named = TestPostgres.VARIABLE, matches = ".+")
class PostgresStorePictureTest {
    @TempDir
    Path directory;

    @Test
    void two_writers_reclustering_at_once_leave_the_batch_clusters() throws Exception {
        List<DocumentRecord> reports = StorePictureTest.reports();
        Map<String, String> batch;
        try (Store store = SqliteStore.open(directory.resolve("batch.db"))) {
            reports.forEach(store::saveDocument);
            StorePictureTest.picture(store).recluster(EnumSet.allOf(CrisisClass.class));
            batch = store.eventClusters();
        }
        String database = TestPostgres.freshDatabase("sitrep_picture");
        for (int round = 0; round < 3; round++) {
            try (Store first = Stores.open(database); Store second = Stores.open(database)) {
                TestPostgres.empty(database);
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<Void>> writers = new ArrayList<>();
                for (Store writer : List.of(first, second)) {
                    List<DocumentRecord> half = new ArrayList<>();
                    for (int i = writer == first ? 0 : 1; i < reports.size(); i += 2) {
                        half.add(reports.get(i));
                    }
                    StorePicture picture = StorePictureTest.picture(writer);
                    writers.add(CompletableFuture.runAsync(() -> {
                        awaitQuietly(start);
                        half.forEach(record -> picture.save(record, Optional.empty()));
                    }));
                }
                start.countDown();
                CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
                assertThat(first.eventClusters()).as("round %d", round).isEqualTo(batch);
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
