package org.sitrep.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Metadata;
import org.sitrep.model.Issue;
import org.sitrep.model.SourceInfo;

/**
 * Maps the metadata Tika reads from a file (HTML meta tags, PDF and Office document properties) onto
 * {@link SourceInfo}. For each field the first key present wins, in the order listed here.
 */
final class EmbeddedMetadata {
    private static final List<String> TITLE = List.of("og:title", "dc.title", "dcterms.title", "citation_title",
            "dc:title");
    private static final List<String> AUTHOR = List.of("dc:creator", "author", "dc.creator", "dcterms.creator",
            "citation_author", "article:author", "meta:author");
    private static final List<String> PUBLISHER = List.of("og:site_name", "dc.publisher", "dcterms.publisher",
            "citation_publisher", "dc:publisher", "publisher");
    /** Dates a web page gives for its publication. */
    private static final List<String> PUBLISHED = List.of("article:published_time", "dcterms.issued",
            "dc.date.issued", "dcterms.date", "dc.date", "citation_publication_date", "citation_date", "date",
            "pubdate", "publish-date", "publication_date", "og:published_time", "dcterms:issued");
    /**
     * The fields of a PDF or Office file that name a publication date. Their creation and modification dates
     * ({@code dcterms:created}, {@code dcterms:modified}, {@code xmp:CreateDate}) say when the file was saved,
     * which may be years after the report was published (a PDF printed today would date every event of 2012
     * in the future), so they are never read as one.
     */
    private static final List<String> ISSUED = List.of("dcterms:issued", "prism:publicationdate",
            "prism:coverdate", "pdf:docinfo:custom:publicationdate", "pdf:docinfo:custom:publication_date",
            "pdf:docinfo:custom:published", "custom:publicationdate", "custom:publication_date",
            "custom:published");
    private static final List<String> URL = List.of("og:url", "dc.identifier", "dcterms.identifier",
            "citation_public_url", "url");
    private static final List<String> LANGUAGE = List.of("dc:language", "dc.language", "dcterms.language",
            "content-language", "og:locale");
    /** Titles that word processors and PDF printers put in by themselves. */
    private static final Pattern GENERATED_TITLE = Pattern.compile(
            "(?i)(microsoft (word|powerpoint|excel) - .*|.*\\.(docx?|pdf|indd|odt|rtf|txt)|untitled.*|slide \\d+)");

    private EmbeddedMetadata() {
    }

    /** What the file says about itself. Dates it gives that cannot be read become warnings. */
    static SourceInfo read(Metadata metadata, boolean isHtml, Path file, List<Issue> warnings) {
        Map<String, List<String>> values = new HashMap<>();
        for (String name : metadata.names()) {
            List<String> nonBlank = new ArrayList<>();
            for (String value : metadata.getValues(name)) {
                if (value != null && !value.isBlank()) {
                    nonBlank.add(value.strip());
                }
            }
            if (!nonBlank.isEmpty()) {
                values.putIfAbsent(name.toLowerCase(Locale.ROOT), nonBlank);
            }
        }
        // Titles and names are text to show; markup inside them (a <b> in a <title>) is dropped.
        String title = MarkupText.text(first(values, TITLE).filter(t -> !GENERATED_TITLE.matcher(t).matches())
                .orElse(null));
        String author = MarkupText.text(all(values, AUTHOR).filter(a -> !a.startsWith("http")).orElse(null));
        String publisher = MarkupText.text(first(values, PUBLISHER).orElse(null));
        String url = first(values, URL).filter(u -> u.startsWith("http://") || u.startsWith("https://"))
                .orElse(null);
        String language = first(values, LANGUAGE).map(l -> l.replace('_', '-')).orElse(null);
        LocalDate published = null;
        for (String key : isHtml ? PUBLISHED : ISSUED) {
            List<String> dates = values.get(key);
            if (dates == null) {
                continue;
            }
            Optional<LocalDate> date = IsoDates.parseLenient(dates.get(0));
            if (date.isPresent()) {
                published = date.get();
                break;
            }
            warnings.add(new Issue(IngestCodes.META_DATE_IGNORED, IngestCodes.STAGE, file.getFileName()
                    + " gives its date as \"" + dates.get(0) + "\" (" + key + "), which is not an ISO date; it is"
                    + " ignored. Give the date in a sidecar " + Sidecar.pathFor(file).getFileName()
                    + " as \"published\": \"YYYY-MM-DD\"."));
        }
        return new SourceInfo(title, publisher, author, published, url, language);
    }

    private static Optional<String> first(Map<String, List<String>> values, List<String> keys) {
        return keys.stream().filter(values::containsKey).map(k -> values.get(k).get(0)).findFirst();
    }

    private static Optional<String> all(Map<String, List<String>> values, List<String> keys) {
        return keys.stream().filter(values::containsKey).map(k -> String.join(", ", values.get(k).stream()
                .distinct().toList())).findFirst();
    }
}
