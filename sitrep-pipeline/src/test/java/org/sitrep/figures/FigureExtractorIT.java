package org.sitrep.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.figures.CoreNlpFixture.Annotated;
import org.sitrep.model.figure.Figure;
import org.sitrep.model.figure.FigureKind;
import org.sitrep.model.figure.Qualifier;

/**
 * Figures found in single sentences, with real CoreNLP tokens. Each row names one figure by its phrase; a
 * sentence with two figures has two rows. The sentences are written for these tests.
 */
class FigureExtractorIT {
    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The camps filled up, 173,000 civilians having fled the shelling.    | 173,000 civilians               | 173000  | EXACT        | DISPLACED | civilians
            The army said at least 40 of its troops had withdrawn to the north. | at least 40 of its troops       | 40      | AT_LEAST     | TROOPS    | troops
            The 7,000-strong army retreated from the river.                     | 7,000-strong army               | 7000    | EXACT        | TROOPS    | army
            A 5,000 strong force reached the town.                              | 5,000 strong force              | 5000    | EXACT        | TROOPS    | force
            Clashes with the police led to 11 deaths.                           | 11 deaths                       | 11      | EXACT        | DEAD      | deaths
            Almost 200,000 people have left the valley.                         | Almost 200,000 people           | 200000  | APPROX_BELOW | PEOPLE    | people
            More than one hundred were killed in the raid.                      | More than one hundred           | 100     | MORE_THAN    | DEAD      |
            Some 2,000 troops arrived by air.                                   | Some 2,000 troops               | 2000    | APPROX       | TROOPS    | troops
            At least four villagers have died since the vote.                   | At least four villagers         | 4       | AT_LEAST     | DEAD      | villagers
            The bombing, killing more than 100, shocked the town.               | more than 100                   | 100     | MORE_THAN    | DEAD      |
            100,000 people protested in the capital.                            | 100,000 people                  | 100000  | EXACT        | PEOPLE    | people
            Five soldiers were wounded near the border.                         | Five soldiers                   | 5       | EXACT        | INJURED   | soldiers
            The gendarmerie arrested 12 officers after the parade.              | 12 officers                     | 12      | EXACT        | ARRESTED  | officers
            Fewer than 300 soldiers remain in the camp.                         | Fewer than 300 soldiers         | 300     | LESS_THAN    | TROOPS    | soldiers
            Up to 500 may have died in the floods.                              | Up to 500                       | 500     | AT_MOST      | DEAD      |
            Nearly 1,000 refugees crossed the border.                           | Nearly 1,000 refugees           | 1000    | APPROX_BELOW | DISPLACED | refugees
            Dozens of civilians were detained overnight.                        | Dozens of civilians             | 24      | SOME         | ARRESTED  | civilians
            Hundreds of thousands of people fled the region.                    | Hundreds of thousands of people | 200000  | SOME         | DISPLACED | people
            Between 10 and 20 people were hurt.                                 | Between 10 and 20 people        | 10      | AT_LEAST     | INJURED   | people
            The drought uprooted 2 to 3 million people.                         | 2 to 3 million people           | 2000000 | AT_LEAST     | DISPLACED | people
            The conflict has displaced 1.5 million people.                      | 1.5 million people              | 1500000 | EXACT        | DISPLACED | people
            Two thousand men joined the rebel army.                             | Two thousand men                | 2000    | EXACT        | TROOPS    | men
            Two thousand men marched to the stadium.                            | Two thousand men                | 2000    | EXACT        | PEOPLE    | men
            Two hundred and fifty civilians were evacuated.                     | Two hundred and fifty civilians | 250     | EXACT        | PEOPLE    | civilians
            A dozen gunmen attacked the post.                                   | A dozen gunmen                  | 12      | EXACT        | TROOPS    | gunmen
            Twenty-five soldiers were killed and 12 wounded.                    | Twenty-five soldiers            | 25      | EXACT        | DEAD      | soldiers
            Twenty-five soldiers were killed and 12 wounded.                    | 12 wounded                      | 12      | EXACT        | INJURED   | wounded
            There were 30 dead after the blast.                                 | 30 dead                         | 30      | EXACT        | DEAD      | dead
            The death toll rose to 30 on Sunday.                                | death toll rose to 30           | 30      | EXACT        | DEAD      | death toll
            The island has a population of 14.5 million.                        | population of 14.5 million      | 14500000| EXACT        | PEOPLE    | population
            Police detained 200 or more protesters.                             | 200 or more protesters          | 200     | AT_LEAST     | ARRESTED  | protesters
            Rebels captured 40 soldiers and seized 3 towns.                     | 40 soldiers                     | 40      | EXACT        | ARRESTED  | soldiers
            Rebels captured 40 soldiers and seized 3 towns.                     | 3 towns                         | 3       | EXACT        | OTHER     | towns
            Five gunmen killed 3 soldiers.                                      | Five gunmen                     | 5       | EXACT        | TROOPS    | gunmen
            Five gunmen killed 3 soldiers.                                      | 3 soldiers                      | 3       | EXACT        | DEAD      | soldiers
            About 1,200 peacekeepers are deployed in the north.                 | About 1,200 peacekeepers        | 1200    | APPROX       | TROOPS    | peacekeepers
            As many as 300 people were displaced by the floods.                 | As many as 300 people           | 300     | AT_MOST      | DISPLACED | people
            Three of them were later found dead.                                | Three of them                   | 3       | EXACT        | DEAD      | them
            The army said 20 fighters were captured and 15 bodies were found.   | 20 fighters                     | 20      | EXACT        | ARRESTED  | fighters
            The army said 20 fighters were captured and 15 bodies were found.   | 15 bodies                       | 15      | EXACT        | DEAD      | bodies
            Five Malians fled to the south.                                     | Five Malians                    | 5       | EXACT        | DISPLACED | Malians
            The execution of at least 40 of its troops shocked the army.        | at least 40 of its troops       | 40      | AT_LEAST     | DEAD      | troops
            Thousands of people were made homeless by the fighting.             | Thousands of people             | 2000    | SOME         | DISPLACED | people
            The 100-plus fighters surrendered.                                  | 100-plus fighters               | 100     | AT_LEAST     | TROOPS    | fighters
            Militants have taken 7 aid workers hostage.                         | 7 aid workers                   | 7       | EXACT        | ARRESTED  | aid workers
            About 12 heavily armed men blocked the road.                        | About 12 heavily armed men      | 12      | APPROX       | TROOPS    | heavily armed men
            Aid reached several hundred displaced people.                       | several hundred displaced people| 200     | SOME         | DISPLACED | displaced people
            The report counts 31 legislative seats.                             | 31 legislative seats            | 31      | EXACT        | OTHER     | legislative seats
            The rebels took 40 soldiers prisoner.                               | 40 soldiers                     | 40      | EXACT        | ARRESTED  | soldiers
            Gunmen killed 12 villagers in the market.                           | 12 villagers                    | 12      | EXACT        | DEAD      | villagers
            Tens of thousands of residents fled the city.                       | Tens of thousands of residents  | 20000   | SOME         | DISPLACED | residents
            A few thousand refugees reached the camp.                           | A few thousand refugees         | 2000    | SOME         | DISPLACED | refugees
            Around 300 fighters, 100+ of them foreigners, surrendered.          | Around 300 fighters             | 300     | APPROX       | TROOPS    | fighters
            Dozens were arrested.                                               | Dozens                          | 24      | SOME         | ARRESTED  |
            """)
    void finds_the_figure(String sentence, String phrase, long value, Qualifier qualifier, FigureKind kind,
                          String counted) {
        List<Figure> figures = figuresOf(sentence);

        assertThat(figures).filteredOn(f -> f.text().equals(phrase)).as("figures: %s", figures).hasSize(1);
        Figure figure = figures.stream().filter(f -> f.text().equals(phrase)).findFirst().orElseThrow();
        assertThat(figure.value()).isEqualTo(value);
        assertThat(figure.qualifier()).isEqualTo(qualifier);
        assertThat(figure.kind()).isEqualTo(kind);
        assertThat(figure.counted()).isEqualTo(counted == null ? "" : counted); // an empty CSV cell is null
        assertThat(sentence.substring(figure.span().start(), figure.span().end())).isEqualTo(phrase);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In 2012, the junta took power.
            The budget fell by 12% to $539 million.
            Turnout was only 7.5 percent.
            Revenue dropped to CFA 278 billion.
            The 33rd battalion moved north.
            The G5 Sahel force and the M5-RFP met in the capital.
            The June 5 Movement held a rally.
            Two-thirds of the territory fell to the rebels.
            More than two thirds of the territory fell to the rebels.
            The meeting began at 10:30 and ended at 3 p.m.
            Call +223 20 22 33 44 for details.
            He returned as president.1 The hopes faded quickly.
            See Crisis Group Africa Report N°92 for details.
            The council adopted Resolution 2085 in December.
            The elections will be held within nine months.
            A 5-year-old boy survived the 10-day siege.
            It is one of the most dangerous places in the region.
            No one was hurt in the blast.
            COVID-19 cases rose sharply.
            The rebels advanced 300 km in three weeks.
            A man aged 25 was arrested.
            One in five residents has left.
            Page 4 of the report lists the demands.
            The 2012 coup weakened the army.
            Inflation rose from 10 to 20 percent.
            Decree No. 5 and Article 12 (3) took effect.
            The 21-22 March putsch surprised the region.
            """)
    void skips_numbers_that_are_not_counts(String sentence) {
        assertThat(figuresOf(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            3. Previous protests in the capital failed.
            The army was purged.\\n12\\nCrisis Group interviews, diplomats, Bamako.
            The army was purged.12 Some soldiers would fight.
            """)
    void skips_list_and_footnote_labels(String text) {
        assertThat(figuresOf(text.replace("\\n", "\n"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Some 4\u00a0500 troops arrived.     | Some 4\u00a0500 troops | 4500
            Some 2000 people marched.           | Some 2000 people       | 2000
            From 10 to 20 soldiers were killed. | 20 soldiers            | 20
            """)
    void reads_number_shapes(String sentence, String phrase, long value) {
        List<Figure> figures = figuresOf(sentence);

        assertThat(figures).extracting(Figure::text).containsExactly(phrase);
        assertThat(figures.get(0).value()).isEqualTo(value);
    }

    /** All figures of a text of one or more sentences, offsets in the text. */
    static List<Figure> figuresOf(String text) {
        Annotated annotated = CoreNlpFixture.annotate(text);
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < annotated.sentences().size(); i++) {
            figures.addAll(EXTRACTOR.extract(i, annotated.tokens().get(i), text));
        }
        return figures;
    }
}
