package org.sitrep.spark;

import java.io.Serializable;

/**
 * A document after extraction, or why it has none.
 *
 * @param key what its coding depends on (bytes, metadata, dictionaries): the cache key
 * @param extraction the {@code Extraction} as JSON, null on error
 */
record Extracted(long order, String path, String key, String docId, String extraction, ErrorRow error)
        implements Serializable {
}
