/**
 * The domain model: documents, sentences, spans, mentions and issues, as immutable records.
 * Imports {@code java.*} only; knows nothing of storage, NLP, web or CLI.
 */
package org.sitrep.model;
