package org.sitrep.ingest;

import java.nio.file.Path;
import java.util.Objects;
import org.sitrep.model.SitrepException;

/**
 * One input file could not be ingested. The message is written for the user: it names the file, says what is
 * wrong and, where there is something to do, what to do. The run goes on with the other files.
 */
public class IngestException extends SitrepException {
    private final String code;
    private final transient Path path;

    /**
     * @param code one of {@link IngestCodes}, snake_case
     * @param path the file that failed, as the user gave it
     */
    public IngestException(String code, Path path, String message) {
        this(code, path, message, null);
    }

    public IngestException(String code, Path path, String message, Throwable cause) {
        super(message, cause);
        if (!code.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("ingest codes are snake_case: " + code);
        }
        this.code = code;
        this.path = Objects.requireNonNull(path, "path");
    }

    public String code() {
        return code;
    }

    public Path path() {
        return path;
    }
}
