package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.BodyAndNotes.Kind;

/** Each step of the cleaning chain on its own, on text written for these tests. */
class CleaningStepsTest {

    @Test
    void character_cleanup_unifies_line_ends_spaces_and_ligatures() {
        assertThat(new CharacterCleanup().apply("a\r\nb\rc\u00a0d\u200be\ufb01f\u2028g"))
                .isEqualTo("a\nb\nc de" + "fif\ng");
        assertThat(new CharacterCleanup().apply("page\fbreak")).isEqualTo("page\fbreak");
    }

    @Test
    void hyphenation_follows_the_documents_own_spelling_then_the_prefixes() {
        Hyphenation hyphenation = new Hyphenation(List.of("a cease-fire was agreed", "the ceasefire held",
                "a well-known leader"));
        assertThat(hyphenation.keepsHyphen("the govern-", "ment fell")).isFalse();
        assertThat(hyphenation.keepsHyphen("the well-", "known leader")).isTrue();
        assertThat(hyphenation.keepsHyphen("the anti-", "junta march")).isTrue();
        assertThat(hyphenation.keepsHyphen("the UN-", "ECOWAS force")).isTrue();
    }

    @Test
    void the_joiner_keeps_paragraph_ends_and_headings_and_joins_the_rest() {
        List<String> lines = List.of(
                "The delegation arrived in the capital on Monday and",
                "met the prime minister for talks that lasted into the",
                "night.",
                "Talks resume",
                "The next round opens on Friday in the northern city.");
        LineJoiner joiner = new LineJoiner(lines, new Hyphenation(lines));
        String joined = joiner.join(lines.stream().map(line -> new BodyAndNotes.Entry(Kind.TEXT, line)).toList());
        assertThat(joined).isEqualTo("The delegation arrived in the capital on Monday and met the prime minister"
                + " for talks that lasted into the night.\nTalks resume\nThe next round opens on Friday in the"
                + " northern city.");
    }

    @Test
    void footnotes_leave_the_body_with_their_numbers_and_page_numbers_go() {
        List<String> lines = List.of(
                "The convoy was stopped near the border,1 and its",
                "",
                "1 A customs post run by the gendarmerie.",
                "",
                "\f",
                "Page 2",
                "drivers were questioned.2",
                "",
                "2 Statement of the transport union.");
        BodyAndNotes split = Footnotes.split(lines);
        assertThat(split.notes()).extracting(BodyAndNotes.Note::number).containsExactly(1, 2);
        assertThat(split.notes().get(0).lines()).containsExactly("A customs post run by the gendarmerie.");
        assertThat(split.body()).filteredOn(entry -> entry.kind() == Kind.TEXT)
                .extracting(BodyAndNotes.Entry::text)
                .containsExactly("The convoy was stopped near the border, and its", "drivers were questioned.");
    }

    @Test
    void glued_sentences_get_their_space_back_and_blank_ends_go() {
        assertThat(new GluedSentences().apply("the talks ended.Then the envoy left")).isEqualTo(
                "the talks ended. Then the envoy left");
        assertThat(new GluedSentences().apply("the U.S.Army")).isEqualTo("the U.S.Army");
        assertThat(new BlankEnds().apply("\n\n  text \n")).isEqualTo("text");
    }

    @Test
    void the_chain_unwraps_hard_wrapped_text_and_leaves_other_text_alone() {
        String wrapped = "The mission reported that\nfighting had resumed in\nthe east of the country and\n"
                + "that aid convoys were\nturned back at the river.";
        assertThat(TextCleaner.looksHardWrapped(wrapped)).isTrue();
        assertThat(TextCleaner.clean(wrapped)).isEqualTo("The mission reported that fighting had resumed in the"
                + " east of the country and that aid convoys were turned back at the river.");
        String paragraphs = "First paragraph.\n\n\n\nSecond paragraph.   ";
        assertThat(TextCleaner.clean(paragraphs)).isEqualTo("First paragraph.\n\nSecond paragraph.");
    }
}
