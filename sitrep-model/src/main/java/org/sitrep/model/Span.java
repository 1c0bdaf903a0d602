package org.sitrep.model;

/** Half-open character range {@code [start, end)} in a document's extracted text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public Span shift(int offset) {
        return new Span(start + offset, end + offset);
    }
}
