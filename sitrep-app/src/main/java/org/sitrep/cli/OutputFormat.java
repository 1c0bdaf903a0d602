package org.sitrep.cli;

/** How query commands print: a table for people, or a format for programs. */
public enum OutputFormat {
    TABLE, JSON, JSONL, CSV;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
