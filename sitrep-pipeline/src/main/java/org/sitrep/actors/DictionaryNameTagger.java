package org.sitrep.actors;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.DictionaryName;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Finds the actor dictionary's names in each sentence (folded, longest match first, acronyms only in capitals),
 * as CoreNLP's RegexNER tags its gazetteer's names apart from the statistical tagger. {@link ActorResolver} then
 * lets these names override the tagger's reading of the same words. Stateless and thread-safe.
 */
public final class DictionaryNameTagger implements Stage {
    public static final String NAME = "dictionary";

    private final AliasIndex<String> actorNames = new AliasIndex<>();

    public DictionaryNameTagger(ActorDictionary dictionary) {
        for (DictionaryActor actor : dictionary.actors()) {
            actor.names().forEach(name -> actorNames.add(name, actor.id()));
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.DICTIONARY_NAMES);
    }

    @Override
    public void apply(AnalysedDocument document) {
        List<DictionaryName> names = new ArrayList<>();
        for (int s = 0; s < document.sentences().size(); s++) {
            for (AliasIndex.Match<String> match : actorNames.find(document.tokens(s), true)) {
                names.add(new DictionaryName(s, match.firstToken(), match.endToken(), match.entry().value()));
            }
        }
        document.setDictionaryNames(names);
    }
}
