package org.sitrep.pipeline;

import java.util.Set;

/**
 * One step of the analysis. Implementations are thread-safe: one instance serves every document of a run,
 * possibly from several threads at once, and keeps no per-document state.
 */
public interface Stage {
    String name();

    Set<Layer> requires();

    Set<Layer> provides();

    /** Adds this stage's layers to {@code document}; data problems become issues on it, not exceptions. */
    void apply(AnalysedDocument document);
}
