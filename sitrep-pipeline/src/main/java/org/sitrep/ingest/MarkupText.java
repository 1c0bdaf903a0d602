package org.sitrep.ingest;

import java.util.regex.Pattern;

/**
 * The text of a metadata value that carries markup ({@code <title>Mali: <b>coup</b></title>}, an {@code og:site_name}
 * with escaped tags): tags dropped, the common entities decoded, spaces collapsed. The value is shown to people
 * and searched; markup in it is noise at best.
 */
final class MarkupText {
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>|<!--.*?-->");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TITLE = Pattern.compile("(?is)<title(?:\\s[^>]*)?>(.*?)</title\\s*>");

    private MarkupText() {
    }

    /** The text content of {@code value}; null stays null, and a value of markup only becomes null. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String text = value;
        // Twice: an escaped tag ("&lt;b&gt;") is a tag once decoded.
        for (int pass = 0; pass < 2; pass++) {
            text = TAG.matcher(text).replaceAll(" ");
            text = decode(text);
        }
        text = SPACES.matcher(text).replaceAll(" ").strip();
        return text.isEmpty() ? null : text;
    }

    /** The content of an HTML page's {@code <title>} element as written, markup and all, if it has one. */
    static java.util.Optional<String> rawTitle(byte[] html, String charset) {
        java.nio.charset.Charset encoding;
        try {
            encoding = charset == null ? java.nio.charset.StandardCharsets.UTF_8
                    : java.nio.charset.Charset.forName(charset);
        } catch (IllegalArgumentException e) {
            encoding = java.nio.charset.StandardCharsets.UTF_8;
        }
        java.util.regex.Matcher title = TITLE.matcher(new String(html, encoding));
        return title.find() && !title.group(1).isBlank() ? java.util.Optional.of(title.group(1))
                : java.util.Optional.empty();
    }

    private static String decode(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
