package org.sitrep.ingest;

/** What a line of extracted text looks like: blank, a page break, the end of a sentence, a heading. */
final class Lines {
    static final char PAGE_BREAK = '\f';

    private Lines() {
    }

    /** Blank, and not a page break: {@code String.isBlank} counts a form feed as white space. */
    static boolean isBlankLine(String line) {
        return line.isBlank() && line.indexOf(PAGE_BREAK) < 0;
    }

    static boolean isPageBreak(String line) {
        return line.indexOf(PAGE_BREAK) >= 0 && line.replace(PAGE_BREAK, ' ').isBlank();
    }

    /** Ends in . ! ? or … perhaps followed by closing quotes or brackets. */
    static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && "”’\"')]".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(line.charAt(i)) >= 0;
    }

    static boolean endsInPunctuation(String line) {
        return endsSentence(line) || ",;:".indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /** Starts with an upper-case letter or a digit, perhaps after an opening quote or bracket. */
    static boolean startsCapitalised(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("“‘\"'([".indexOf(c) < 0) {
                return Character.isUpperCase(c) || Character.isDigit(c);
            }
        }
        return false;
    }

    static boolean isUpperCaseLine(String line) {
        boolean letters = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters = true;
            }
        }
        return letters;
    }

    /** The last space-separated token of a line. */
    static String lastToken(String line) {
        int space = line.lastIndexOf(' ');
        return line.substring(space + 1);
    }
}
