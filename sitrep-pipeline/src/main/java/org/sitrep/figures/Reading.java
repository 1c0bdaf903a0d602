package org.sitrep.figures;

import java.util.List;
import org.sitrep.model.Token;

/** One sentence being read: its tokens, the document's text they point into, and whether it is about the military. */
record Reading(int sentence, List<Token> tokens, String text, boolean military) {
    Token token(int index) {
        return tokens.get(index);
    }

    String word(int index) {
        return index >= 0 && index < tokens.size() ? Tokens.word(tokens.get(index)) : "";
    }

    int size() {
        return tokens.size();
    }
}
