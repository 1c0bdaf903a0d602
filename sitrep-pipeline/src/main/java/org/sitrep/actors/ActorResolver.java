package org.sitrep.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.actors.Candidate.Source;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Token;
import org.sitrep.model.text.TextFold;
import org.sitrep.pipeline.AnalysedDocument;
import org.sitrep.pipeline.Layer;
import org.sitrep.pipeline.Stage;

/**
 * Finds the actors one document names and ties each of its names to one actor:
 * <ol>
 *   <li>dictionary names ({@link DictionaryNameTagger}), which override the statistical tagger ("Ansar Dine" is
 *       not a person);</li>
 *   <li>names the tagger found that the dictionary lacks, titles stripped ("Captain Amadou Sango");</li>
 *   <li>a country's forces, by its adjective or name and a branch's noun ("Nigerian troops"), one actor per
 *       country and branch ({@link NationalForces}); a person's forces ("Tandy's troops", "forces loyal to
 *       Tandy"), one actor per person ({@link Followers});</li>
 *   <li>surnames and titled surnames to the full name used in the same document ("President Touré");</li>
 *   <li>acronyms to the name they abbreviate, from a definition in parentheses or from initials;</li>
 *   <li>generic nominals ("the junta", "the army") to the most recently named actor with that tag (people the
 *       dictionary lacks take the tags of their titles: "President X" answers to "the president"); definite
 *       descriptions to the actor of a fitting kind named last ({@link Descriptions}: "the group"); participants
 *       no named actor stands for to the report's one actor of them ("protesters");</li>
 *   <li>the forms the report writes those names in: with their article, with the acronym defined after them
 *       ({@link SurfaceForms}).</li>
 * </ol>
 * The stage and its document loop: {@link CandidateFinder} collects the names, {@link NameClustering},
 * {@link Acronyms} and {@link Nominals} cluster them into {@link ActorClusters}. It then rewrites the entity
 * mentions and the tokens' NER tags with the dictionary's verdict. Linking to actors of other documents is
 * {@link ActorLinker}'s job. Stateless and thread-safe.
 */
public final class ActorResolver implements Stage {
    private final ActorDictionary dictionary;
    private final CandidateFinder finder;
    private final NameClustering names;
    private final Acronyms acronyms = new Acronyms();
    private final Nominals nominals;
    private final NationalForces forces;
    private final Followers followers = Followers.bundled();
    private final SurfaceForms surfaceForms;
    private final KnownAs knownAs;
    private final Appositions appositions = Appositions.bundled();
    private final Descriptions descriptions;

    public ActorResolver(ActorDictionary dictionary, PlaceNames places) {
        this.dictionary = dictionary;
        this.forces = NationalForces.bundled();
        this.finder = new CandidateFinder(dictionary, places, new NameBounds(dictionary), forces, followers);
        this.names = new NameClustering(dictionary);
        this.descriptions = new Descriptions(dictionary);
        this.nominals = new Nominals(dictionary, forces, descriptions);
        this.surfaceForms = new SurfaceForms(dictionary, forces.stateModifiers());
        this.knownAs = KnownAs.bundled();
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITY_MENTIONS, Layer.DICTIONARY_NAMES);
    }

    /** Also the layers it rewrites: entity mentions as the dictionary reads them, and tokens retagged to match. */
    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.ACTORS, Layer.ENTITY_MENTIONS, Layer.TOKENS);
    }

    @Override
    public void apply(AnalysedDocument document) {
        CandidateFinder.Found found = finder.find(document);
        List<Candidate> candidates = found.candidates();
        ActorClusters actors = new ActorClusters(document.document().id());
        candidates.stream().filter(c -> c.source() == Source.DICTIONARY).forEach(c -> names.addDictionary(actors, c));
        candidates.stream().filter(c -> c.source() == Source.DEFINITION)
                .forEach(c -> acronyms.addDefinition(actors, c));
        candidates.stream().filter(c -> c.source() == Source.STATE).forEach(c -> names.addState(actors, c));
        candidates.stream().filter(c -> c.source() == Source.FORCE).forEach(c -> addForce(actors, c));
        candidates.stream().filter(c -> c.source() == Source.PERSON && TextFold.nameWords(c.name()).size() > 1)
                .forEach(c -> names.addFullName(actors, c));
        candidates.stream().filter(c -> c.source() == Source.PERSON && TextFold.nameWords(c.name()).size() == 1)
                .forEach(c -> names.addSurname(actors, c));
        candidates.stream().filter(c -> c.source() == Source.ORGANIZATION)
                .forEach(c -> names.addOrganisation(actors, c));
        candidates.stream().filter(c -> c.source() == Source.ACRONYM).forEach(c -> acronyms.addAcronym(actors, c));
        acronyms.linkByInitials(actors);
        acronyms.nameByUse(actors);
        names.tagByTitles(actors);
        descriptions.correctKinds(document, actors);
        knownAs.add(document, actors);
        appositions.add(document, actors);
        candidates.stream().filter(c -> c.source() == Source.FOLLOWERS).forEach(c -> addFollowers(actors, c));
        found.nominals().forEach(c -> nominals.resolve(document, actors, c));
        surfaceForms.add(document, actors);
        actors.publish(document, dictionary);
        List<EntityMention> entities = new ArrayList<>(found.entities());
        entities.sort(Comparator.comparingInt(EntityMention::sentence).thenComparingInt(m -> m.span().start()));
        document.setEntities(dedupe(entities));
        retagTokens(document);
    }

    private void addForce(ActorClusters actors, Candidate candidate) {
        NationalForces.Branch branch = forces.branch(candidate.tag());
        Cluster cluster = forces.cluster(actors, dictionary, candidate.dictionaryId(), branch);
        actors.attach(cluster, candidate, "force", "national_force", "'" + candidate.surface() + "' names the "
                + branch.name() + " of " + candidate.dictionaryId());
    }

    private void addFollowers(ActorClusters actors, Candidate candidate) {
        Cluster owner = Followers.owner(actors, candidate.sentence(), candidate.nameSpan());
        if (owner != null) {
            actors.attach(followers.cluster(actors, owner, candidate.tag()), candidate, "followers",
                    "person_" + candidate.tag(), "'" + candidate.surface() + "' names the " + candidate.tag() + " of "
                    + owner.name);
        }
    }

    private static List<EntityMention> dedupe(Collection<EntityMention> mentions) {
        Map<String, EntityMention> unique = new LinkedHashMap<>();
        for (EntityMention mention : mentions) {
            unique.putIfAbsent(mention.span().start() + ":" + mention.span().end(), mention);
        }
        return new ArrayList<>(unique.values());
    }

    /** Tokens carry the dictionary's verdict, so later stages see "Ansar Dine" as an organisation. */
    private static void retagTokens(AnalysedDocument document) {
        Map<Integer, List<EntityMention>> bySentence = new HashMap<>();
        for (EntityMention mention : document.entities()) {
            if (!mention.source().equals("ner")) {
                bySentence.computeIfAbsent(mention.sentence(), k -> new ArrayList<>()).add(mention);
            }
        }
        bySentence.forEach((sentence, mentions) -> {
            List<Token> tokens = new ArrayList<>(document.tokens(sentence));
            for (int t = 0; t < tokens.size(); t++) {
                Token token = tokens.get(t);
                for (EntityMention mention : mentions) {
                    if (mention.span().contains(token.span())) {
                        tokens.set(t, new Token(token.index(), token.span(), token.word(), token.lemma(),
                                token.pos(), mention.type().name(), token.head(), token.relation()));
                    }
                }
            }
            document.replaceTokens(sentence, tokens);
        });
    }
}
