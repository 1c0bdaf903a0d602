/**
 * {@code sitrep bench}: ingest throughput against CoreNLP's own default NER pass measured in the same run, the
 * speed-up from one to two threads, and peak heap.
 */
package org.sitrep.bench;
