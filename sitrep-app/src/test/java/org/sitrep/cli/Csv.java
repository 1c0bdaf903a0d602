package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for checking CSV output: quoted fields, doubled quotes, CRLF or LF line ends. */
public final class Csv {
    private Csv() {
    }

    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                        if (i + 1 < text.length() && ",\r\n".indexOf(text.charAt(i + 1)) < 0) {
                            throw new IllegalArgumentException("text after a closing quote at " + (i + 1));
                        }
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (fieldStarted) {
                    throw new IllegalArgumentException("a quote inside an unquoted field at " + i);
                }
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                rows.add(row);
                row = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field");
        }
        if (fieldStarted || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
