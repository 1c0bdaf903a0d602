package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Assembles a {@link Pipeline}, refusing an order in which a stage runs before what it requires exists. */
public final class PipelineBuilder {
    private final List<Stage> stages = new ArrayList<>();

    public PipelineBuilder add(Stage stage) {
        stages.add(stage);
        return this;
    }

    public Pipeline build() {
        Set<Layer> available = EnumSet.of(Layer.TEXT, Layer.METADATA);
        for (Stage stage : stages) {
            for (Layer needed : stage.requires()) {
                if (!available.contains(needed)) {
                    throw new StageOrderException("stage '" + stage.name() + "' requires layer " + needed
                            + ", which no earlier stage provides" + providerHint(needed));
                }
            }
            available.addAll(stage.provides());
        }
        return new Pipeline(stages);
    }

    private String providerHint(Layer needed) {
        return stages.stream()
                .filter(s -> s.provides().contains(needed))
                .findFirst()
                .map(s -> " (add '" + s.name() + "' before it)")
                .orElse("");
    }
}
