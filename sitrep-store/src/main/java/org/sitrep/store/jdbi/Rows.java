package org.sitrep.store.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.Issue;
import org.sitrep.model.Sentence;
import org.sitrep.model.SourceInfo;
import org.sitrep.model.Span;
import org.sitrep.model.actor.MergeReason;
import org.sitrep.model.event.EventActor;
import org.sitrep.model.event.EventMention;
import org.sitrep.model.event.EventSize;
import org.sitrep.model.event.PloverCoding;
import org.sitrep.model.figure.Figure;
import org.sitrep.model.figure.FigureKind;
import org.sitrep.model.figure.Qualifier;
import org.sitrep.model.place.Location;
import org.sitrep.model.place.PlaceMention;
import org.sitrep.model.time.DatePrecision;
import org.sitrep.model.time.DateRange;
import org.sitrep.model.time.TimeMention;
import org.sitrep.store.DocumentSummary;
import org.sitrep.store.MentionView;
import org.sitrep.store.SearchHit;

/**
 * Conversions between model values and column values, and the row mappers of the read queries. The column
 * names used here are the ones the statements under {@code sql/} select. Stateless and thread-safe.
 */
final class Rows {
    /**
     * A fixed nine-digit fraction, unlike {@link Instant#toString()}, so that stored instants sort as text
     * ("…00.5Z" would otherwise sort before "…00Z") and still parse back to the same instant.
     */
    private static final DateTimeFormatter INSTANT_TEXT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** Well under SQLite's limit of 32766 bound parameters per statement. */
    private static final int IN_LIST_CHUNK = 500;

    /** {@code values} cut into lists of at most {@link #IN_LIST_CHUNK}, for statements with an IN list. */
    static <T> List<List<T>> inListChunks(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += IN_LIST_CHUNK) {
            chunks.add(values.subList(from, Math.min(values.size(), from + IN_LIST_CHUNK)));
        }
        return chunks;
    }

    /** {@code event_actors.role} of an event's sources. */
    static final String SOURCE = "source";
    /** {@code event_actors.role} of an event's targets. */
    static final String TARGET = "target";

    private Rows() {
    }

    /**
     * PLOVER modes or contexts as one column: comma-joined, '' for none. PLOVER's identifiers never contain a
     * comma; one that does, or an empty one, would not come back as written and is refused.
     */
    static String joinCodes(List<String> codes) {
        for (String code : codes) {
            if (code == null || code.isEmpty() || code.indexOf(',') >= 0) {
                throw new IllegalArgumentException("a PLOVER mode or context must be a non-empty identifier "
                        + "without commas: " + (code == null ? "null" : "'" + code + "'"));
            }
        }
        return String.join(",", codes);
    }

    static List<String> splitCodes(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(",", -1));
    }

    static String dateText(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    static String instantText(Instant instant) {
        return instant == null ? null : INSTANT_TEXT.format(instant);
    }

    static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    static String enumText(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** The title shown for a document, with the same fallback as {@link Document#title()}. */
    static String displayTitle(String title, String path, String docId) {
        if (title != null && !title.isBlank()) {
            return title;
        }
        if (path == null) {
            return docId;
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    static Document document(ResultSet row) throws SQLException {
        SourceInfo source = new SourceInfo(row.getString("title"), row.getString("publisher"),
                row.getString("author"), date(row.getString("published")), row.getString("url"),
                row.getString("language"));
        return new Document(row.getString("id"), row.getString("path"), row.getString("sha256"),
                row.getString("media_type"), source, row.getString("text"), instant(row.getString("ingested_at")));
    }

    static DocumentSummary summary(ResultSet row) throws SQLException {
        String id = row.getString("id");
        String path = row.getString("path");
        return new DocumentSummary(id, path, displayTitle(row.getString("title"), path, id),
                row.getString("publisher"), date(row.getString("published")), row.getString("media_type"),
                row.getString("sha256"), row.getInt("sentence_count"), row.getInt("text_length"),
                instant(row.getString("ingested_at")));
    }

    static Sentence sentence(ResultSet row) throws SQLException {
        return new Sentence(row.getInt("idx"), span(row), row.getString("text"));
    }

    static TimeMention time(ResultSet row) throws SQLException {
        String rangeStart = row.getString("range_start");
        DateRange range = rangeStart == null ? null
                : new DateRange(date(rangeStart), date(row.getString("range_end")),
                        DatePrecision.valueOf(row.getString("range_precision")));
        return new TimeMention(row.getInt("sentence"), span(row), row.getString("text"), row.getString("timex"),
                range);
    }

    static Figure figure(ResultSet row) throws SQLException {
        String qualifier = row.getString("qualifier");
        String kind = row.getString("kind");
        return new Figure(row.getInt("sentence"), span(row), row.getString("text"), row.getLong("value"),
                qualifier == null ? null : Qualifier.valueOf(qualifier), row.getString("counted"),
                kind == null ? null : FigureKind.valueOf(kind));
    }

    /** The event's place from the {@code place*} columns of {@code events}, null when it has none. */
    static Location eventPlace(ResultSet row) throws SQLException {
        String text = row.getString("place");
        if (text == null) {
            return null;
        }
        return new Location(text, row.getString("place_name"), nullableLong(row, "place_geonameid"),
                nullableDouble(row, "place_lat"), nullableDouble(row, "place_lon"), row.getString("place_admin1"),
                row.getString("place_country"), row.getString("place_feature"), row.getInt("place_resolution"),
                row.getString("place_area"));
    }

    /** A {@code place_mentions} row. */
    static PlaceMention placeMention(ResultSet row) throws SQLException {
        Location location = new Location(row.getString("text"), row.getString("name"),
                nullableLong(row, "geonameid"), nullableDouble(row, "lat"), nullableDouble(row, "lon"),
                row.getString("admin1"), row.getString("country"), row.getString("feature"),
                row.getInt("resolution"), row.getString("area"));
        return new PlaceMention(row.getInt("sentence"), span(row), location, row.getInt("demonym") == 1,
                row.getString("source"), row.getString("reason"));
    }

    static Issue issue(ResultSet row) throws SQLException {
        return new Issue(row.getString("code"), row.getString("stage"), row.getString("message"));
    }

    static MergeReason mergeReason(ResultSet row) throws SQLException {
        return new MergeReason(row.getString("actor_id"), row.getString("alias"), row.getString("rule"),
                row.getString("detail"), row.getString("doc_id"), row.getInt("sentence"));
    }

    static MentionView mentionView(ResultSet row) throws SQLException {
        String docId = row.getString("doc_id");
        return new MentionView(docId, displayTitle(row.getString("title"), row.getString("path"), docId),
                row.getInt("sentence"), row.getString("sentence_text"), span(row), row.getString("text"),
                row.getString("method"));
    }

    static SearchHit searchHit(ResultSet row) throws SQLException {
        String docId = row.getString("doc_id");
        // bm25 is lower for better matches; the contract wants higher to be better.
        return new SearchHit(docId, displayTitle(row.getString("title"), row.getString("path"), docId),
                row.getInt("idx"), row.getString("text"), -row.getDouble("bm25"));
    }

    /** The PLOVER coding of an {@code events} row; null when {@code quad} is, as the event had none. */
    static PloverCoding plover(ResultSet row) throws SQLException {
        int quad = row.getInt("quad");
        if (row.wasNull()) {
            return null;
        }
        return new PloverCoding(row.getString("plover_event"), splitCodes(row.getString("plover_modes")),
                splitCodes(row.getString("plover_contexts")), quad);
    }

    static EventSize eventSize(ResultSet row) throws SQLException {
        return new EventSize(nullableLong(row, "dead"), nullableLong(row, "injured"), nullableLong(row, "arrested"),
                nullableLong(row, "displaced"), nullableLong(row, "troops"));
    }

    static DateRange eventDate(ResultSet row) throws SQLException {
        String start = row.getString("date_start");
        return start == null ? null : new DateRange(date(start), date(row.getString("date_end")),
                DatePrecision.valueOf(row.getString("date_precision")));
    }

    static EventActor eventActor(ResultSet row) throws SQLException {
        return new EventActor(row.getString("actor_id"), row.getString("entity_text"), nullableSpan(row));
    }

    static EventMention eventMention(ResultSet row) throws SQLException {
        return new EventMention(row.getString("doc_id"), row.getInt("sentence"), nullableSpan(row),
                row.getString("text"), row.getString("trigger_text"));
    }

    private static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    private static Span nullableSpan(ResultSet row) throws SQLException {
        int start = row.getInt("span_start");
        return row.wasNull() ? null : new Span(start, row.getInt("span_end"));
    }

    static Span span(ResultSet row) throws SQLException {
        return new Span(row.getInt("span_start"), row.getInt("span_end"));
    }
}
