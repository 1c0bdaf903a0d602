package org.sitrep.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV with a fixed column list. A field is quoted when it holds a comma, a double quote, CR or LF;
 * quotes inside it are doubled. Lines end with LF ({@code \n}) on every platform, as the CLI's CSV does, so
 * the bytes do not depend on the machine; RFC 4180 readers (Python's csv, pandas, R) accept LF. Null is an
 * empty field, a collection is its items joined by {@code "; "}. Not thread-safe.
 */
public final class CsvWriter {
    /** The line end written after every row, the header included. */
    public static final String LINE_END = "\n";

    private final Writer out;
    private final List<String> columns;

    public CsvWriter(Writer out, List<String> columns) {
        this.out = Objects.requireNonNull(out, "out");
        this.columns = List.copyOf(columns);
    }

    public void writeHeader() {
        writeLine(new ArrayList<>(columns));
    }

    /** Writes the row's values in column order; a key the columns do not name is an error, not dropped. */
    public void writeRow(Map<String, ?> row) {
        for (String key : row.keySet()) {
            if (!columns.contains(key)) {
                throw new IllegalArgumentException("row has a column the header does not: " + key);
            }
        }
        List<Object> cells = new ArrayList<>(columns.size());
        for (String column : columns) {
            cells.add(row.get(column));
        }
        writeLine(cells);
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeLine(List<?> cells) {
        try {
            out.write(line(cells));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One CSV line, line end included. */
    public static String line(List<?> cells) {
        return cells.stream().map(CsvWriter::cell).collect(Collectors.joining(",")) + LINE_END;
    }

    /** One field, quoted when it must be. */
    public static String cell(Object value) {
        String text = text(value);
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0
                || text.indexOf('\n') >= 0) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(CsvWriter::text).collect(Collectors.joining("; "));
        }
        return value.toString();
    }
}
