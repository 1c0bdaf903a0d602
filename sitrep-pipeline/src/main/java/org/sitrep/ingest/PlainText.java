package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/** Decodes plain text: UTF-8 when the bytes are valid UTF-8, otherwise the charset ICU's detector finds. */
final class PlainText {
    /** When the detector has no usable answer: a superset of Latin-1 that decodes every byte. */
    static final Charset FALLBACK = Charset.forName("windows-1252");
    private static final int SAMPLE = 64 * 1024;

    private PlainText() {
    }

    /**
     * @param charset the charset used
     * @param utf8 whether the bytes were valid UTF-8 (with or without a byte-order mark)
     */
    record Decoded(String text, Charset charset, boolean utf8) {
    }

    static Decoded decode(byte[] bytes) {
        Optional<String> utf8 = strictUtf8(bytes);
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), StandardCharsets.UTF_8, true);
        }
        Charset charset = detect(bytes);
        return new Decoded(new String(bytes, charset), charset, false);
    }

    static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Charset detect(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getName().equalsIgnoreCase("UTF-8")) {
                continue;
            }
            try {
                return Charset.forName(match.getName());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // The JVM lacks this one; try the next guess.
            }
        }
        return FALLBACK;
    }

    /**
     * Whether bytes that no magic number identifies are text: a UTF-16 byte-order mark, or no NUL byte and
     * under 1% other control characters in the first 64 KB.
     */
    static boolean looksLikeText(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return true;
        }
        int length = Math.min(bytes.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        return controls * 100 < length;
    }
}
