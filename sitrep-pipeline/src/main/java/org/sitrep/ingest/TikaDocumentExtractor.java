package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToTextContentHandler;
import org.sitrep.model.Document;
import org.sitrep.model.Issue;
import org.sitrep.model.SourceInfo;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts documents with Apache Tika: plain text and Markdown (decoded here, with charset detection), HTML, PDF,
 * DOCX and whatever else Tika's standard parsers read text from (ODT, RTF, EPUB, older Office formats).
 *
 * <p>The type is detected from the bytes; the file name only refines a type the bytes agree with (a text file
 * named {@code .md} is Markdown, random bytes named {@code .txt} are not text). OCR is off and embedded files
 * (attachments, images) are not read. Metadata comes, in increasing precedence, from the file itself
 * (see {@link EmbeddedMetadata}), its {@code NAME.meta.json} sidecar, and the caller's overrides.
 *
 * <p>Thread-safe: one instance serves several threads; the Tika parser is built once.
 */
public final class TikaDocumentExtractor implements DocumentExtractor {
    /** 25 MB: larger than any report we have met, small enough to hold a few in memory per thread. */
    public static final long DEFAULT_MAX_FILE_BYTES = 25L * 1024 * 1024;
    private static final double GARBLED_SHARE = 0.1;
    private static final int PDF_TAIL = 2048;
    /** Top-level types with no text for sitrep, whatever Tika can read out of them (image captions, tags). */
    private static final Set<String> BINARY_FAMILIES = Set.of("image", "audio", "video", "font", "model");
    /** Archives, executables, databases and disk images. Office files are zip archives too, hence exact types. */
    private static final Set<String> BINARY_TYPES = Set.of(
            "application/octet-stream", "application/zip", "application/gzip", "application/x-gzip",
            "application/x-tar", "application/x-gtar", "application/x-7z-compressed", "application/x-rar-compressed",
            "application/vnd.rar", "application/x-bzip", "application/x-bzip2", "application/x-xz",
            "application/x-lzma", "application/zstd", "application/x-compress", "application/x-archive",
            "application/x-cpio", "application/java-archive", "application/x-java-archive",
            "application/vnd.android.package-archive", "application/x-debian-package", "application/x-rpm",
            "application/x-executable", "application/x-sharedlib", "application/x-object", "application/x-coredump",
            "application/x-msdownload", "application/x-dosexec", "application/x-elf", "application/x-mach-o",
            "application/x-mach-o-executable", "application/java-vm", "application/x-java-vm",
            "application/x-ms-installer", "application/x-msi", "application/x-apple-diskimage",
            "application/x-iso9660-image", "application/vnd.ms-cab-compressed", "application/x-sqlite3",
            "application/vnd.sqlite3", "application/x-shockwave-flash", "application/vnd.ms-fontobject",
            "application/x-font-ttf", "application/x-font-otf", "application/x-matlab-data",
            "application/x-hdf", "application/x-netcdf", "application/x-java-serialized-object");
    private static final MediaType PDF_TYPE = MediaType.application("pdf");

    private final long maxFileBytes;
    private final Clock clock;
    private final AutoDetectParser parser;
    private final Detector detector;
    private final MediaTypeRegistry registry;
    private final Set<MediaType> parseable;
    private final Sidecar sidecar = new Sidecar();

    /** An extractor with the {@linkplain #DEFAULT_MAX_FILE_BYTES default size limit}. */
    public TikaDocumentExtractor() {
        this(DEFAULT_MAX_FILE_BYTES);
    }

    /** @param maxFileBytes files larger than this fail with {@code file_too_large} before they are read */
    public TikaDocumentExtractor(long maxFileBytes) {
        this(maxFileBytes, Clock.systemUTC());
    }

    /** @param clock gives {@link Document#ingestedAt()} */
    public TikaDocumentExtractor(long maxFileBytes, Clock clock) {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        this.maxFileBytes = maxFileBytes;
        this.clock = clock;
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.parser = new AutoDetectParser(config);
        this.detector = config.getDetector();
        this.registry = config.getMediaTypeRegistry();
        this.parseable = parser.getSupportedTypes(new ParseContext());
    }

    @Override
    public Extraction extract(Path file, SourceInfo overrides) {
        Path path = file.normalize();
        checkSize(path);
        List<Issue> warnings = new ArrayList<>();
        Optional<Sidecar.Contents> side = sidecar.read(path);
        side.ifPresent(s -> warnings.addAll(s.warnings()));
        byte[] bytes = readAll(path);
        MediaType type = detectType(path, bytes);
        String rawText;
        SourceInfo embedded;
        if (isPlainText(type)) {
            PlainText.Decoded decoded = PlainText.decode(bytes);
            if (!decoded.utf8()) {
                warnings.add(new Issue(IngestCodes.TEXT_NOT_UTF8, IngestCodes.STAGE, path.getFileName()
                        + " is not valid UTF-8; read it as " + decoded.charset().name() + " (detected). If accented"
                        + " letters look wrong, save the file as UTF-8 and ingest it again."));
            }
            rawText = decoded.text();
            embedded = SourceInfo.empty();
        } else {
            Metadata metadata = new Metadata();
            rawText = parse(path, bytes, type, metadata);
            if (type.getSubtype().contains("html")) {
                // HTML parsers end a <title> at the first tag inside it and lose the rest; read it whole.
                MarkupText.rawTitle(bytes, metadata.get("Content-Encoding"))
                        .ifPresent(title -> metadata.set("dc:title", title));
            }
            embedded = EmbeddedMetadata.read(metadata, type.getSubtype().contains("html"), path, warnings);
            double unmapped = unmappedShare(metadata);
            if (unmapped > GARBLED_SHARE) {
                warnings.add(new Issue(IngestCodes.PDF_GARBLED_TEXT, IngestCodes.STAGE, String.format(Locale.ROOT,
                        "%s: %.0f%% of its characters use fonts without a Unicode mapping, so parts of the text may"
                                + " be garbled or missing. If so, export the PDF again or run OCR on it.",
                        path.getFileName(), unmapped * 100)));
            }
        }
        String text = TextCleaner.clean(rawText);
        if (text.isBlank()) {
            throw noText(path, type);
        }
        if (type.equals(PDF_TYPE) && PrintMarginals.onlyMarginals(text)) {
            throw new IngestException(IngestCodes.NO_TEXT, path, path + " holds only a browser's print header and"
                    + " footer (a date, an address, a page number): the page was printed without its text, or as"
                    + " images. Save the page again (as HTML or text), or run OCR on the PDF.");
        }
        SourceInfo source = embedded
                .overriddenBy(side.map(Sidecar.Contents::info).orElse(SourceInfo.empty()))
                .overriddenBy(overrides == null ? SourceInfo.empty() : overrides);
        if (source.title() == null || source.title().isBlank()) {
            source = source.overriddenBy(new SourceInfo(DocumentTitle.fromText(text), null, null, null, null, null));
        }
        String sha256 = sha256(bytes);
        Document document = new Document(Document.idFor(sha256), path.toString(), sha256, type.toString(), source,
                text, clock.instant());
        return new Extraction(document, warnings);
    }

    private void checkSize(Path path) {
        if (!Files.exists(path)) {
            throw new IngestException(IngestCodes.NOT_FOUND, path, path + " does not exist. Check the path.");
        }
        if (Files.isDirectory(path)) {
            throw new IngestException(IngestCodes.UNREADABLE, path, path + " is a folder, not a file; list the"
                    + " files in it with SourceFiles.discover and extract them one by one.");
        }
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
        if (size == 0) {
            throw new IngestException(IngestCodes.EMPTY_FILE, path, path + " is empty (0 bytes). Check that it"
                    + " was downloaded or saved completely.");
        }
        if (size > maxFileBytes) {
            throw new IngestException(IngestCodes.FILE_TOO_LARGE, path, String.format(Locale.ROOT,
                    "%s is %s, over the limit of %s per file. Split it into parts, or raise the limit if the"
                            + " file really is one report.", path, megabytes(size), megabytes(maxFileBytes)));
        }
    }

    private static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? bytes + " bytes"
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static byte[] readAll(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new IngestException(IngestCodes.NOT_FOUND, path, path + " disappeared while it was being read.",
                    e);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    private static IngestException unreadable(Path path, IOException e) {
        String reason = e instanceof AccessDeniedException ? "permission denied. Check the file's permissions"
                : String.valueOf(e.getMessage());
        return new IngestException(IngestCodes.UNREADABLE, path, "Cannot read " + path + ": " + reason + ".", e);
    }

    /** The type from the bytes, refined by the name only when the name's type is a special case of it. */
    private MediaType detectType(Path path, byte[] bytes) {
        MediaType byContent = detect(bytes, null);
        if (byContent.equals(MediaType.OCTET_STREAM) && PlainText.looksLikeText(bytes)) {
            byContent = MediaType.TEXT_PLAIN;
        }
        // Every type specialises octet-stream, so unknown bytes stay unknown whatever the name says.
        MediaType byName = detect(null, path.getFileName().toString());
        MediaType type = !byContent.equals(MediaType.OCTET_STREAM) && registry.isSpecializationOf(byName, byContent)
                ? byName : byContent;
        if (isBinary(type) || !isParseable(type)) {
            throw new IngestException(IngestCodes.UNSUPPORTED_TYPE, path, path + " is " + describe(type)
                    + " (judged from its content, not its name), which has no text to ingest." + advice(type)
                    + " sitrep reads plain text, Markdown, HTML, PDF, Word, OpenDocument and RTF files.");
        }
        return type;
    }

    private static String describe(MediaType type) {
        String family = switch (type.getType()) {
            case "image" -> "an image";
            case "audio" -> "a sound file";
            case "video" -> "a video";
            case "font" -> "a font";
            default -> null;
        };
        if (type.equals(MediaType.OCTET_STREAM)) {
            return "binary data of no known document type";
        }
        if (family == null && isArchive(type)) {
            family = "an archive";
        }
        return family == null ? "a file of type " + type : family + " (" + type + ")";
    }

    private static String advice(MediaType type) {
        if (isArchive(type)) {
            return " Unpack it and ingest the files inside.";
        }
        return type.getType().equals("image") ? " If it is a scanned page, run OCR on it first." : "";
    }

    private static boolean isArchive(MediaType type) {
        String name = type.getSubtype();
        return name.contains("zip") || name.contains("tar") || name.contains("rar") || name.contains("7z")
                || name.contains("archive") || name.contains("bzip") || name.endsWith("xz");
    }

    private MediaType detect(byte[] bytes, String name) {
        Metadata metadata = new Metadata();
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        try (TikaInputStream in = bytes == null ? null : TikaInputStream.get(bytes)) {
            return detector.detect(in, metadata).getBaseType();
        } catch (IOException e) {
            return MediaType.OCTET_STREAM;
        }
    }

    private boolean isBinary(MediaType type) {
        return BINARY_FAMILIES.contains(type.getType()) || BINARY_TYPES.contains(type.toString());
    }

    private boolean isParseable(MediaType type) {
        for (MediaType t = type; t != null; t = registry.getSupertype(t)) {
            if (parseable.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** Text without markup, decoded here; HTML, XML and RTF are also text/* but need Tika. */
    private static boolean isPlainText(MediaType type) {
        String subtype = type.getSubtype();
        return type.getType().equals("text") && !subtype.contains("html") && !subtype.contains("xml")
                && !subtype.contains("rtf");
    }

    private String parse(Path path, byte[] bytes, MediaType type, Metadata metadata) {
        boolean pdf = type.equals(PDF_TYPE);
        if (pdf && !hasEndOfFileMarker(bytes)) {
            throw new IngestException(IngestCodes.PDF_UNREADABLE, path, path + " is a truncated PDF: its end is"
                    + " missing, so pages or text may be lost. Download or export it again.");
        }
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, path.getFileName().toString());
        metadata.set(Metadata.CONTENT_TYPE, type.toString());
        StringWriter text = new StringWriter();
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, new BodyContentHandler(new PageBreakingTextHandler(text)), metadata, parseContext());
        } catch (EncryptedDocumentException e) {
            throw pdf
                    ? new IngestException(IngestCodes.PDF_ENCRYPTED, path, path + " is a password-protected PDF."
                            + " sitrep cannot open it; save a copy without a password and ingest that.", e)
                    : new IngestException(IngestCodes.ENCRYPTED, path, path + " is password-protected. sitrep"
                            + " cannot open it; save a copy without a password and ingest that.", e);
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            String reason = rootMessage(e);
            throw pdf
                    ? new IngestException(IngestCodes.PDF_UNREADABLE, path, path + " is a damaged PDF that cannot"
                            + " be read (" + reason + "). Download or export it again.", e)
                    : new IngestException(IngestCodes.PARSE_FAILED, path, "Cannot read " + path + " as " + type
                            + " (" + reason + "). The file may be damaged; open it and save a fresh copy.", e);
        }
        return text.toString();
    }

    private static double unmappedShare(Metadata metadata) {
        String value = metadata.get(PDF.OVERALL_PERCENTAGE_UNMAPPED_UNICODE_CHARS);
        try {
            return value == null ? 0 : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** PDF writers end the file with {@code %%EOF}; some add a little padding after it. */
    private static boolean hasEndOfFileMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - PDF_TAIL);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    /** Built per call: the configs are mutable, and a fresh context keeps calls independent. */
    private static ParseContext parseContext() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        pdf.setExtractAnnotationText(false);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        context.set(EmbeddedDocumentExtractor.class, new SkipEmbedded());
        return context;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    private static IngestException noText(Path path, MediaType type) {
        String message = type.equals(PDF_TYPE)
                ? path + " has no text layer: it is probably scanned page images. sitrep does not run OCR; run"
                        + " OCR on it first (for example with ocrmypdf) and ingest the result."
                : path + " contains no text.";
        return new IngestException(IngestCodes.NO_TEXT, path, message);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Plain text with a form feed where each PDF page after the first begins, for {@link TextCleaner}. */
    private static final class PageBreakingTextHandler extends ToTextContentHandler {
        private static final char[] PAGE_BREAK = {'\n', '\f', '\n'};
        private int pages;

        PageBreakingTextHandler(Writer writer) {
            super(writer);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("div".equals(localName) && "page".equals(atts.getValue("class")) && pages++ > 0) {
                characters(PAGE_BREAK, 0, PAGE_BREAK.length);
            }
            super.startElement(uri, localName, qName, atts);
        }
    }

    /** Attachments and embedded images are not part of the report's text. */
    private static final class SkipEmbedded implements EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata,
                                  boolean outputHtml) {
            // Never called: shouldParseEmbedded says no.
        }
    }
}
