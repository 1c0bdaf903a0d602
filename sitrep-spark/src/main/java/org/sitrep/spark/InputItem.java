package org.sitrep.spark;

import java.io.Serializable;

/**
 * One document to code: a report file, or a row of a documents table.
 *
 * @param order the document's place in ingest order (files: sorted by path as {@code sitrep ingest} does; a
 *     table: by its {@code id}); linking actors follows it
 * @param path the file, or the table row's {@code id}
 * @param text null for a file; a row's text
 * @param published null for a file; a row's publication date as written (ISO 8601)
 */
record InputItem(long order, String path, boolean fromTable, String text, String title, String publisher,
                 String published, String url) implements Serializable {
    static InputItem file(long order, String path) {
        return new InputItem(order, path, false, null, null, null, null, null);
    }
}
