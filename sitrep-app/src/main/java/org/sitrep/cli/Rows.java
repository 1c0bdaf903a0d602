package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.export.Json;

/** Renders rows (ordered maps) as a table, JSON, JSON Lines or CSV. */
final class Rows {
    private static final int MAX_CELL = 60;
    /** Tables fit a terminal this wide unless {@code --wide} asks for everything. */
    static final int DEFAULT_WIDTH = 120;
    /** A column is not cut narrower than this (or its header). */
    private static final int MIN_COLUMN = 8;
    private static final ThreadLocal<Integer> WIDTH = ThreadLocal.withInitial(() -> DEFAULT_WIDTH);

    private Rows() {
    }

    /** Runs {@code body} with tables at most {@code width} columns wide ({@code Integer.MAX_VALUE}: uncut). */
    static int withWidth(int width, java.util.function.IntSupplier body) {
        Integer before = WIDTH.get();
        WIDTH.set(width);
        try {
            return body.getAsInt();
        } finally {
            WIDTH.set(before);
        }
    }

    static void print(PrintWriter out, OutputFormat format, List<? extends Map<String, ?>> rows,
                      List<String> tableColumns) {
        try {
            switch (format) {
                case JSON -> out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
                case JSONL -> {
                    ObjectMapper json = Json.mapper();
                    for (Map<String, ?> row : rows) {
                        out.println(json.writeValueAsString(row));
                    }
                }
                case CSV -> csv(out, rows);
                case TABLE -> table(out, rows, tableColumns);
                default -> throw new IllegalStateException(format.toString());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void csv(PrintWriter out, List<? extends Map<String, ?>> rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(row -> columns.addAll(row.keySet()));
        out.println(String.join(",", columns.stream().map(Rows::csvCell).toList()));
        for (Map<String, ?> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                cells.add(csvCell(cellText(row.get(column), "; ")));
            }
            out.println(String.join(",", cells));
        }
    }

    static String csvCell(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static void table(PrintWriter out, List<? extends Map<String, ?>> rows, List<String> columns) {
        if (rows.isEmpty()) {
            out.println("(nothing)");
            return;
        }
        boolean wide = WIDTH.get() == Integer.MAX_VALUE;
        Map<String, Integer> widths = new LinkedHashMap<>();
        columns.forEach(column -> widths.put(column, column.length()));
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, ?> row : rows) {
            List<String> line = new ArrayList<>();
            for (String column : columns) {
                String text = cellText(row.get(column), ", ");
                String cell = wide ? text : clip(text, MAX_CELL);
                line.add(cell);
                widths.merge(column, cell.length(), Math::max);
            }
            cells.add(line);
        }
        if (!wide) {
            fit(widths, WIDTH.get());
            for (List<String> line : cells) {
                for (int i = 0; i < columns.size(); i++) {
                    line.set(i, clip(line.get(i), widths.get(columns.get(i))));
                }
            }
        }
        StringBuilder header = new StringBuilder();
        StringBuilder rule = new StringBuilder();
        for (String column : columns) {
            header.append(pad(column.toUpperCase(java.util.Locale.ROOT), widths.get(column))).append("  ");
            rule.append("-".repeat(widths.get(column))).append("  ");
        }
        out.println(header.toString().stripTrailing());
        out.println(rule.toString().stripTrailing());
        for (List<String> line : cells) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < columns.size(); i++) {
                text.append(pad(line.get(i), widths.get(columns.get(i)))).append("  ");
            }
            out.println(text.toString().stripTrailing());
        }
    }

    static String cellText(Object value, String separator) {
        if (value == null) {
            return "";
        }
        boolean nested = value instanceof Map<?, ?> || value instanceof Collection<?> items
                && items.stream().anyMatch(item -> item instanceof Map<?, ?> || item instanceof Collection<?>);
        if (nested) {
            // Roles and other nested records stay machine-readable inside one cell.
            try {
                return Json.mapper().writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot render JSON: " + e.getMessage(), e);
            }
        }
        if (value instanceof Collection<?> items) {
            return String.join(separator, items.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value).replace('\n', ' ');
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Narrows the widest column, one character at a time, until the table fits {@code width} or cannot shrink. */
    private static void fit(Map<String, Integer> widths, int width) {
        while (true) {
            int total = widths.values().stream().mapToInt(Integer::intValue).sum() + 2 * (widths.size() - 1);
            if (total <= width) {
                return;
            }
            String widest = null;
            for (Map.Entry<String, Integer> column : widths.entrySet()) {
                int floor = Math.max(MIN_COLUMN, column.getKey().length());
                if (column.getValue() > floor && (widest == null || column.getValue() > widths.get(widest))) {
                    widest = column.getKey();
                }
            }
            if (widest == null) {
                return;
            }
            widths.merge(widest, -1, Integer::sum);
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
