package org.sitrep.cli;

/** Exit codes of every command, as documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int INVALID_INPUT = 2;
    public static final int SOME_DOCUMENTS_FAILED = 3;
    public static final int INTERNAL_ERROR = 4;

    private ExitCodes() {
    }
}
