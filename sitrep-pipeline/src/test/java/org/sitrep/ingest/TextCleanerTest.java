package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
    /** Hard-wrapped report text as PDF extraction gives it: notes between page halves, numbers alone on lines. */
    static final String WRAPPED_WITH_NOTES = String.join("\n",
            " Korvella: Securing the River Corridor",
            "I. SUMMARY",
            "Fighting between the Tanu River militias and the national",
            "guard has displaced thousands of families since March, and",
            "the truce signed in the capital has not held.1 Relief",
            "agencies report that convoys wait for days at checkpoints",
            "near the bridge at Osk, while the governor's office gives",
            "no clear account of who controls the roads.2 Without a",
            "credible monitoring mission, the officers of the ex-",
            "junta who still command the eastern garrison are likely",
            "to block any govern-",
            "ment attempt to reopen the markets of the three northern",
            "regions3 and the road to the coast. The",
            "",
            "1",
            "",
            "Field interviews with aid workers, Osk and Lemma,",
            "4-9 May 2031.",
            "2",
            "Statement by the provincial council, 12 May 2031; see",
            "https://example.org/council/",
            "statements/2031-05-12.",
            "3",
            "Dolen, Marsi and Upper Tanu.",
            "",
            "Page 2",
            "",
            "council itself is divided over the truce, and its members",
            "meet only in the presence of the mediators.",
            "II. THE WAY FORWARD",
            "The mediators should:",
            "",
            "",
            "reopen the bridge at Osk to traders within a month and",
            "publish the names of the officers who hold each",
            "checkpoint;");

    @Test
    void normalises_characters_in_any_text() {
        String raw = "Se\u0301vare\u0301 market\r\nopened\u00a0at\u2009dawn\u0007.\tStalls\u200b were \ufb01lled.\rEnd";

        assertThat(TextCleaner.clean(raw))
                .isEqualTo("Sévaré market\nopened at dawn.\tStalls were filled.\nEnd");
    }

    @Test
    void parts_sentences_glued_together_but_not_abbreviations_or_names() {
        String raw = "The league is united in its criticism of the decree.But talks may still help."
                + " Mr.Ode met the U.S. envoy at 9.30 and read the iPhone.News later.";

        assertThat(TextCleaner.clean(raw)).isEqualTo("The league is united in its criticism of the decree. But talks"
                + " may still help. Mr.Ode met the U.S. envoy at 9.30 and read the iPhone. News later.");
    }

    @Test
    void leaves_one_paragraph_per_line_text_alone() {
        String text = String.join("\n",
                "Convoys Stopped at the Border",
                "Aid agencies said on Tuesday that forty trucks carrying grain had waited a week at the"
                        + " crossing near Osk, and that drivers were running out of money for food.",
                "",
                "The district commissioner, who asked not to be named, blamed the delay on new paperwork"
                        + " required by the customs service since the start of the rainy season.",
                "Traders in Lemma reported that the price of millet had risen by a third.");

        assertThat(TextCleaner.looksHardWrapped(text)).isFalse();
        assertThat(TextCleaner.clean(text)).isEqualTo(text);
    }

    @Test
    void joins_lines_broken_inside_sentences() {
        String text = String.join("\n",
                "The mission reached the valley on the third day and",
                "found the wells poisoned, the granaries burnt and the",
                "villagers gone.",
                "Nobody in the district could say who had given the",
                "order, and the militia leaders denied any part in it.");

        assertThat(TextCleaner.looksHardWrapped(text)).isTrue();
        assertThat(TextCleaner.clean(text)).isEqualTo(
                "The mission reached the valley on the third day and found the wells poisoned, the granaries burnt"
                        + " and the villagers gone.\n"
                        + "Nobody in the district could say who had given the order, and the militia leaders"
                        + " denied any part in it.");
    }

    @Test
    void removes_wrap_hyphens_but_keeps_real_ones() {
        String text = String.join("\n",
                "Observers say that the govern-",
                "ment has lost control of the roads to the north, that",
                "former ex-",
                "junta officers still run the checkpoints, and that the",
                "self-",
                "defence groups of the valley answer to nobody. A joint",
                "UN-",
                "African force was proposed in the spring, and the pro-",
                "vince of Marsi asked for it, although the whole province",
                "remains divided on the question of who should lead it.");

        String cleaned = TextCleaner.clean(text);

        assertThat(cleaned)
                .contains("the government has lost")
                .contains("former ex-junta officers")
                .contains("the self-defence groups")
                .contains("A joint UN-African force")
                .contains("and the province of Marsi");
    }

    @Test
    void keeps_headings_and_paragraph_breaks() {
        String cleaned = TextCleaner.clean(WRAPPED_WITH_NOTES);

        assertThat(cleaned.lines().toList()).startsWith(
                "Korvella: Securing the River Corridor",
                "I. SUMMARY");
        assertThat(cleaned).contains("\nII. THE WAY FORWARD\nThe mediators should:\n\nreopen the bridge");
    }

    @Test
    void moves_footnotes_out_of_the_sentence_they_interrupt() {
        String cleaned = TextCleaner.clean(WRAPPED_WITH_NOTES);

        assertThat(cleaned)
                .contains("the truce signed in the capital has not held. Relief agencies report")
                .contains("who controls the roads. Without a credible monitoring mission, the officers of the"
                        + " ex-junta who still command")
                .contains("any government attempt to reopen the markets of the three northern regions and the road"
                        + " to the coast. The council itself is divided over the truce, and its members meet only"
                        + " in the presence of the mediators.\n")
                .doesNotContain("Page 2")
                .endsWith("\n\n[1] Field interviews with aid workers, Osk and Lemma, 4-9 May 2031.\n"
                        + "[2] Statement by the provincial council, 12 May 2031; see"
                        + " https://example.org/council/statements/2031-05-12.\n"
                        + "[3] Dolen, Marsi and Upper Tanu.");
    }

    @Test
    void moves_footnotes_that_start_with_their_number_across_a_page_break() {
        // The shape Tika gives for a PDF: paragraphs between blank lines, a form feed between pages.
        String text = String.join("\n",
                "Heading One",
                "The river town of Korvella saw heavy fighting last",
                "week as militia units pushed south along the main",
                "road, according to local officials.1 Aid convoys were",
                "halted for three days while the bridge at Osk was",
                "",
                "1 Interviews with officials, Korvella, 3 May.",
                "",
                "1",
                "\f",
                "repaired by engineers from the northern brigade.2 The",
                "price of grain in the market doubled in that time.",
                "",
                "2 Market survey by the district office, 10 May. Most",
                "traders had sold out by the end of the week.",
                "",
                "- 2 -",
                "\f",
                "Prices fell again in June.");

        assertThat(TextCleaner.clean(text)).isEqualTo(String.join("\n",
                "Heading One",
                "The river town of Korvella saw heavy fighting last week as militia units pushed south along the"
                        + " main road, according to local officials. Aid convoys were halted for three days while"
                        + " the bridge at Osk was repaired by engineers from the northern brigade. The price of"
                        + " grain in the market doubled in that time.",
                "",
                "Prices fell again in June.",
                "",
                "[1] Interviews with officials, Korvella, 3 May.",
                "[2] Market survey by the district office, 10 May. Most traders had sold out by the end of the"
                        + " week."));
    }

    @Test
    void keeps_numbers_that_are_not_footnote_references() {
        String text = String.join("\n",
                "The G5 force grew by 3.1 per cent last year while the",
                "budget of the ministry fell by 12 per cent, and the",
                "COVID-19 wards in Lemma closed in 2031. Of the 40",
                "trucks sent, 17 arrived, said the report of the",
                "district office.7 Others disagreed with those figures.");

        String cleaned = TextCleaner.clean(text);

        assertThat(cleaned)
                .contains("The G5 force grew by 3.1 per cent")
                .contains("fell by 12 per cent")
                .contains("COVID-19 wards in Lemma closed in 2031. Of the 40 trucks sent, 17 arrived")
                // 7 does not follow 0, so it is not taken for a reference.
                .contains("district office.7 Others");
    }

    @Test
    void loses_no_word() {
        String cleaned = TextCleaner.clean(WRAPPED_WITH_NOTES);

        // Letters are all kept (hyphen joins and moves only rearrange them), except the page label.
        assertThat(letterCounts(cleaned)).isEqualTo(letterCounts(WRAPPED_WITH_NOTES.replace("Page 2", "")));
        Matcher words = Pattern.compile("\\p{L}+").matcher(WRAPPED_WITH_NOTES.replace("Page 2", ""));
        while (words.find()) {
            assertThat(cleaned).contains(words.group());
        }
    }

    @Test
    void decides_per_document_whether_text_is_wrapped() {
        assertThat(TextCleaner.looksHardWrapped(WRAPPED_WITH_NOTES)).isTrue();
        assertThat(TextCleaner.looksHardWrapped("One short line.\nAnother one.\nA third.\nA fourth line.")).isFalse();
        assertThat(TextCleaner.looksHardWrapped("")).isFalse();
    }

    @Test
    void drops_blank_runs_and_blank_ends() {
        assertThat(TextCleaner.clean("\n\n  \nFirst paragraph.\n\n\n\nSecond paragraph.  \n\n"))
                .isEqualTo("First paragraph.\n\nSecond paragraph.");
    }

    private static Map<Integer, Integer> letterCounts(String text) {
        Map<Integer, Integer> counts = new TreeMap<>();
        text.codePoints().filter(Character::isLetter).forEach(cp -> counts.merge(cp, 1, Integer::sum));
        return counts;
    }
}
