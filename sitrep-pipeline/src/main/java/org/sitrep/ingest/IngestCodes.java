package org.sitrep.ingest;

/**
 * The snake_case codes of ingest problems. Errors travel in an {@link IngestException} and fail one file;
 * warnings are {@link org.sitrep.model.Issue}s on a document that was still ingested; discovery problems are
 * {@link SourceFiles.Problem}s.
 */
public final class IngestCodes {
    /** The stage name on ingest issues. */
    public static final String STAGE = "ingest";

    // Errors: the file is not ingested.
    public static final String NOT_FOUND = "not_found";
    public static final String UNREADABLE = "unreadable";
    public static final String EMPTY_FILE = "empty_file";
    public static final String FILE_TOO_LARGE = "file_too_large";
    /** Binary content (image, archive, executable, unknown bytes), detected from the bytes, not the name. */
    public static final String UNSUPPORTED_TYPE = "unsupported_type";
    public static final String PDF_ENCRYPTED = "pdf_encrypted";
    /** A password-protected document other than a PDF. */
    public static final String ENCRYPTED = "encrypted";
    /** A truncated or damaged PDF. */
    public static final String PDF_UNREADABLE = "pdf_unreadable";
    /** Tika failed on a damaged file other than a PDF. */
    public static final String PARSE_FAILED = "parse_failed";
    /** Parsed, but no text: typically a scanned PDF; sitrep does not run OCR. */
    public static final String NO_TEXT = "no_text";
    public static final String META_MALFORMED = "meta_malformed";
    public static final String META_BAD_DATE = "meta_bad_date";

    // Warnings: the file is ingested.
    /** Plain text that is not valid UTF-8; decoded with a detected charset, which the message names. */
    public static final String TEXT_NOT_UTF8 = "text_not_utf8";
    public static final String META_UNKNOWN_FIELD = "meta_unknown_field";
    /** A date in the file's own metadata (HTML meta tag, PDF or DOCX property) that could not be read. */
    public static final String META_DATE_IGNORED = "meta_date_ignored";
    /** A PDF whose fonts map many glyphs to no character, so parts of the text may be garbled or missing. */
    public static final String PDF_GARBLED_TEXT = "pdf_garbled_text";
    /** A {@code NAME.meta.json} in a folder with no report {@code NAME.ext} beside it; it is not read. */
    public static final String META_ORPHAN = "meta_orphan";

    // Discovery problems (besides not_found and unreadable).
    /** A directory given as input holds nothing to ingest. */
    public static final String NO_FILES = "no_files";
    /** A path that is neither a regular file nor a directory, such as a device or a pipe. */
    public static final String NOT_A_FILE = "not_a_file";
    /** A {@code .meta.json} sidecar given as input; it is read with its report, not on its own. */
    public static final String SIDECAR_GIVEN = "sidecar_given";
    /** A link whose target does not exist, or that points at itself. */
    public static final String BROKEN_LINK = "broken_link";

    private IngestCodes() {
    }
}
