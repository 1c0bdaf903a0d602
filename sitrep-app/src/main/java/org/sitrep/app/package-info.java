/**
 * Composition root: configuration, the {@link org.sitrep.app.Analyser} that owns the NLP models and the stage
 * pipeline, and the {@link org.sitrep.app.Ingester} that runs it over files into a store. May import every
 * module; never {@code cli} or {@code web}.
 */
package org.sitrep.app;
