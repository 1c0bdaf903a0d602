package org.sitrep.events;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.sitrep.events.rules.RuleFileException;

/** Regular expressions of the rule files, compiled with an error that names the key. */
final class Patterns {
    private Patterns() {
    }

    static Pattern compile(String regex, String key) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new RuleFileException(key + ": not a valid regular expression: " + e.getDescription());
        }
    }
}
