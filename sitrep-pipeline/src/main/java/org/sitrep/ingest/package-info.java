/**
 * Ingest: finds report files, extracts their text and metadata with Tika, cleans the text and builds
 * {@link org.sitrep.model.Document}s. Bad input fails one file with an {@link org.sitrep.ingest.IngestException}
 * that carries a snake_case code (see {@link org.sitrep.ingest.IngestCodes}); smaller problems become warnings.
 * Imports {@code model}, Tika, PDFBox (through Tika) and Jackson; never another stage package.
 */
package org.sitrep.ingest;
