package org.sitrep.spark;

import java.io.Serializable;

/** A document that could not be coded, with the code {@code sitrep ingest} gives the same problem. */
record ErrorRow(String path, String code, String message) implements Serializable {
}
