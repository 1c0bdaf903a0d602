package org.sitrep.spark;

import org.sitrep.app.CodedDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.sitrep.ingest.Extraction;
import org.sitrep.ingest.IngestCodes;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.TextCleaner;
import org.sitrep.model.Document;
import org.sitrep.model.SourceInfo;
import org.sitrep.pipeline.StageFailedException;

/**
 * The per-document stage, run in {@code mapPartitions}: extraction (Tika, sidecars, cleaning) and the analysis
 * pipeline, exactly {@code Ingester}'s, through the executor's own {@link Workers}. A bad document becomes an
 * {@link ErrorRow} with the CLI's code and message; the partition goes on.
 */
final class DocumentStage {
    private DocumentStage() {
    }

    /** The outcome of coding one document: its coding as JSON, or an error. */
    record Outcome(long order, String key, String docId, String coded, ErrorRow error)
            implements java.io.Serializable {
    }

    static Iterator<Extracted> extract(JobSettings settings, Iterator<InputItem> items) {
        List<Extracted> out = new ArrayList<>();
        while (items.hasNext()) {
            InputItem item = items.next();
            out.add(extractOne(settings, item));
        }
        return out.iterator();
    }

    static Iterator<Outcome> analyse(JobSettings settings, Iterator<Extracted> items) {
        // Lazily: a partition whose documents are all cached or all bad never loads the models.
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Outcome next() {
                return analyseOne(settings, items.next());
            }
        };
    }

    static Extracted extractOne(JobSettings settings, InputItem item) {
        Extraction extraction;
        try {
            extraction = item.fromTable() ? fromRow(item) : Workers.extractor(settings)
                    .extract(Path.of(item.path()).toAbsolutePath().normalize(), SourceInfo.empty());
        } catch (IngestException e) {
            return failed(item, e.code(), e.getMessage());
        } catch (RuntimeException e) {
            return failed(item, "internal_error", item.path() + ": " + e.getClass().getSimpleName() + ": "
                    + e.getMessage());
        }
        Document document = extraction.document();
        String key = sha256(document.sha256() + "\n" + Codec.write(document.source()) + "\n"
                + settings.fingerprint());
        return new Extracted(item.order(), document.path(), key, document.id(), Codec.write(extraction), null);
    }

    static Outcome analyseOne(JobSettings settings, Extracted item) {
        Extraction extraction = Codec.read(item.extraction(), Extraction.class);
        try {
            CodedDocument coded = CodedDocument.of(Workers.analyser(settings).analyse(extraction.document()),
                    extraction.warnings());
            return new Outcome(item.order(), item.key(), item.docId(), Codec.write(coded), null);
        } catch (StageFailedException e) {
            return new Outcome(item.order(), item.key(), item.docId(), null, new ErrorRow(item.path(),
                    "analysis_failed", item.path() + ": the " + e.stage() + " stage failed: " + rootMessage(e)
                    + " (the file was not stored; run with --stacktrace and report it)"));
        } catch (RuntimeException e) {
            return new Outcome(item.order(), item.key(), item.docId(), null, new ErrorRow(item.path(),
                    "internal_error", item.path() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    /** A table row as a document: the same cleaning as a text file, identified by the hash of its text. */
    static Extraction fromRow(InputItem item) {
        Path where = Path.of(item.path() == null ? "(row without id)" : item.path());
        if (item.text() == null || item.text().isBlank()) {
            throw new IngestException(IngestCodes.NO_TEXT, where, item.path() + ": the row has no text.");
        }
        String text = TextCleaner.clean(item.text());
        if (text.isBlank()) {
            throw new IngestException(IngestCodes.NO_TEXT, where, item.path() + ": the row's text is blank once "
                    + "cleaned.");
        }
        SourceInfo source = new SourceInfo(blankToNull(item.title()), blankToNull(item.publisher()), null,
                published(item, where), blankToNull(item.url()), null);
        String sha256 = sha256(item.text());
        Document document = new Document(Document.idFor(sha256), item.path(), sha256, "text/plain", source, text,
                Instant.now());
        return new Extraction(document, List.of());
    }

    private static LocalDate published(InputItem item, Path where) {
        String value = blankToNull(item.published());
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 && value.matches("\\d{4}-\\d{2}-\\d{2}[T ].*")
                    ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new IngestException(IngestCodes.META_BAD_DATE, where, item.path() + ": \"published\" is \""
                    + value + "\", which is not an ISO date. Write it as YYYY-MM-DD, for example \"2012-04-03\".");
        }
    }

    private static Extracted failed(InputItem item, String code, String message) {
        return new Extracted(item.order(), item.path(), null, null, null, new ErrorRow(item.path(), code, message));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
