package org.sitrep.spark;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.sitrep.actors.ActorLinker;
import org.sitrep.app.IngestReport;
import org.sitrep.app.StoreLoader;
import org.sitrep.app.StorePicture;
import org.sitrep.store.Store;
import org.sitrep.store.jdbi.Stores;

/**
 * {@code --store}: the job's documents into a sitrep store, one at a time in input order on the driver, through
 * the {@link StoreLoader} {@code sitrep ingest} uses. The store links each document against the actors it holds
 * (its merge reasons included) and re-clusters its picture as ingest does, so a store loaded by the job equals one
 * the CLI ingested the same files into, and a team's store that holds other reports takes the job's as more. The
 * documents come from the job's cache: nothing is coded twice.
 */
final class StoreLoad {
    /** What the load did: documents new to the store, replacing an earlier version, or already there. */
    record Counts(long added, long replaced, long unchanged) implements Serializable {
    }

    private StoreLoad() {
    }

    static Counts into(String location, JobSettings settings, JavaRDD<IngestJob.CodedDoc> docs) {
        long added = 0;
        long replaced = 0;
        long unchanged = 0;
        try (Store store = Stores.open(location)) {
            ActorLinker linker = Workers.linker(settings);
            StoreLoader loader = new StoreLoader(store, StorePicture.of(store, Workers.dictionary(settings)),
                    () -> linker);
            loader.repair();
            // Sorted into one partition read back partition by partition: the driver holds one document at a time.
            Iterator<IngestJob.CodedDoc> ordered = docs.sortBy(IngestJob.CodedDoc::order, true, 1).toLocalIterator();
            while (ordered.hasNext()) {
                IngestJob.CodedDoc doc = ordered.next();
                IngestReport.FileResult result = loader.load(doc.path(), Codec.coded(doc.coded()), List.of());
                switch (result.outcome()) {
                    case NEW -> added++;
                    case REPLACED -> replaced++;
                    default -> unchanged++;
                }
            }
        }
        return new Counts(added, replaced, unchanged);
    }
}
