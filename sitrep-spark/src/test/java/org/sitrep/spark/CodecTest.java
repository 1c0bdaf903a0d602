package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.SourceInfo;
import org.sitrep.model.Span;
import org.sitrep.model.actor.ActorKind;
import org.sitrep.model.actor.MergeReason;
import org.sitrep.model.actor.Role;
import org.sitrep.model.event.CrisisClass;
import org.sitrep.model.event.Event;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.event.EventSize;
import org.sitrep.model.event.EventStatus;
import org.sitrep.model.event.PloverCoding;
import org.sitrep.model.place.Location;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;
import org.sitrep.pipeline.LocalActor;

class CodecTest {
    @Test
    void anEventReadsBackEqual() {
        Event event = new Event("ev-1", CrisisClass.SEIZE_TERRITORY, new PloverCoding("SEIZE", List.of("occupy"),
                List.of("territory"), 4), List.of(new EventActor("actor-rebels", "the rebels", new Span(0, 10))),
                List.of(new EventActor(null, "the town", new Span(20, 28))),
                new DateRange(LocalDate.of(2012, 3, 31), LocalDate.of(2012, 4, 1), DatePrecision.DAYS), "at the weekend",
                new Location("Gao", "Gao", 2457163L, 16.27, -0.04, "Gao", "MLI", "PPLA", Location.TOWN, null),
                new EventSize(3L, null, null, 1200L, null), EventStatus.OCCURRED, 0.8,
                List.of(new EventMention("doc-1", 2, new Span(0, 40), "The rebels took the town.", "took")));
        assertThat(Codec.event(Codec.write(event))).isEqualTo(event);
    }

    @Test
    void aLocalActorAndADocumentReadBackEqual() {
        LocalActor actor = new LocalActor("a1", "Amadou Sanogo", ActorKind.PERSON, null,
                List.of("Captain Amadou Sanogo", "Sanogo"),
                List.of(new MergeReason("a1", "Sanogo", "surname", "named in full before", "doc-1", 3)),
                Set.of("junta"), List.of(new Role("chairman", "CNRDRE", LocalDate.of(2012, 3, 22), null)));
        assertThat(Codec.read(Codec.write(List.of(actor)), Codec.LOCAL_ACTORS)).containsExactly(actor);
        Document document = new Document("doc-1", "/tmp/a.txt", "ab".repeat(32), "text/plain",
                new SourceInfo("A title", "A wire", null, LocalDate.of(2012, 3, 22), null, "en"), "Text.",
                Instant.parse("2026-01-02T03:04:05.123456Z"));
        assertThat(Codec.read(Codec.write(document), Document.class)).isEqualTo(document);
    }

    @Test
    void aBenchmarkPassReadsBackEqualFromItsChildJvm() {
        BenchPasses.Pass pass = new BenchPasses.Pass("spark local[1]", 1, 12, 3400, 20.5, 3.1, 2_000_000_000L, 21.7,
                0.8, List.of(new StageClock.Site("parquet at IngestJob.java:81", 1, 18.2, 18.0)));
        assertThat(Codec.read(Codec.write(pass), BenchPasses.Pass.class)).isEqualTo(pass);
    }
}
