package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.SourceInfo;

class AnalysedDocumentRecordingTest {
    private static Document document() {
        return new Document("doc-1", "a.txt", "0".repeat(64), "text/plain",
                new SourceInfo("T", "T", null, null, null, "en"), "Some text.", Instant.EPOCH);
    }

    @Test
    void a_recording_document_notes_the_layers_read_and_written_until_told_to_forget() {
        AnalysedDocument document = AnalysedDocument.recording(document());
        document.text();
        document.sentences();
        document.entities();
        document.setPlaces(List.of());
        document.setSentences(List.of(), List.of());
        assertThat(document.layersRead()).containsExactlyInAnyOrder(Layer.TEXT, Layer.SENTENCES,
                Layer.ENTITY_MENTIONS);
        assertThat(document.layersWritten()).containsExactlyInAnyOrder(Layer.PLACES, Layer.SENTENCES, Layer.TOKENS);
        document.forgetAccess();
        document.document();
        assertThat(document.layersRead()).containsExactly(Layer.METADATA);
        assertThat(document.layersWritten()).isEmpty();
    }

    @Test
    void an_ordinary_document_records_nothing() {
        AnalysedDocument document = new AnalysedDocument(document());
        document.text();
        document.setEvents(List.of());
        assertThat(document.layersRead()).isEmpty();
        assertThat(document.layersWritten()).isEmpty();
    }
}
