package org.sitrep.ingest;

import java.text.Normalizer;

/**
 * The character-level clean-up every document gets; line structure is untouched. Unicode NFC; CRLF and CR become
 * LF; no-break and other odd spaces become a plain space; control and format characters are removed except LF and
 * TAB; a form feed stays, as a page break; the Latin ligatures PDFs use (U+FB00 to U+FB06) are spelt out.
 */
final class CharacterCleanup implements CleaningStep {
    @Override
    public String apply(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        String composed = Normalizer.normalize(unified, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> appendNormalised(out, cp));
        return out.toString();
    }

    private static void appendNormalised(StringBuilder out, int cp) {
        if (cp == '\n' || cp == '\t' || cp == Lines.PAGE_BREAK) {
            out.append((char) cp);
        } else if (cp == 0x85 || cp == 0x2028) {
            out.append('\n');
        } else if (cp == 0x2029) {
            out.append("\n\n");
        } else if (cp >= 0xFB00 && cp <= 0xFB06) {
            out.append(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC));
        } else if (Character.getType(cp) == Character.SPACE_SEPARATOR) {
            out.append(' ');
        } else if (Character.getType(cp) == Character.CONTROL) {
            return;
        } else if (Character.getType(cp) == Character.FORMAT && cp != 0x200C && cp != 0x200D) {
            // Soft hyphens, zero-width spaces, byte-order marks, bidi marks; the two joiners shape some scripts.
            return;
        } else {
            out.appendCodePoint(cp);
        }
    }
}
