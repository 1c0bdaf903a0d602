/**
 * The stage contract: {@link org.sitrep.pipeline.Stage}s read and write {@link org.sitrep.pipeline.Layer}s of an
 * {@link org.sitrep.pipeline.AnalysedDocument}; {@link org.sitrep.pipeline.PipelineBuilder} checks their order.
 * Imports {@code model} only. Stage packages never import one another.
 */
package org.sitrep.pipeline;
