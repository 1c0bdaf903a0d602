package org.sitrep.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.sitrep.model.Issue;

/**
 * Stages run in order over one document. A pipeline is itself a {@link Stage}, and times each of its stages
 * across all the documents it has seen. Thread-safe when its stages are.
 */
public final class Pipeline implements Stage {
    private final List<Stage> stages;
    private final Map<String, LongAdder> nanosByStage = new ConcurrentHashMap<>();

    Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public Set<Layer> requires() {
        return stages.isEmpty() ? Set.of() : stages.get(0).requires();
    }

    @Override
    public Set<Layer> provides() {
        Set<Layer> all = EnumSet.noneOf(Layer.class);
        stages.forEach(stage -> all.addAll(stage.provides()));
        return all;
    }

    @Override
    public void apply(AnalysedDocument document) {
        for (Stage stage : stages) {
            long start = System.nanoTime();
            try {
                stage.apply(document);
                document.markProvided(stage.provides());
            } catch (RuntimeException e) {
                // A stage failing on one document's data is a data problem of that document, not of the run.
                document.addIssue(new Issue("stage_failed", stage.name(),
                        stage.name() + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
                throw new StageFailedException(stage.name(), e);
            } finally {
                nanosByStage.computeIfAbsent(stage.name(), k -> new LongAdder()).add(System.nanoTime() - start);
            }
        }
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Wall time spent in each stage so far, summed over threads, in milliseconds. */
    public Map<String, Long> millisByStage() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (Stage stage : stages) {
            LongAdder adder = nanosByStage.get(stage.name());
            out.put(stage.name(), adder == null ? 0 : adder.sum() / 1_000_000);
        }
        return out;
    }
}
