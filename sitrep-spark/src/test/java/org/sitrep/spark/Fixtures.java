package org.sitrep.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Short invented reports (our own wording) with sidecars, and bad inputs, for the job's tests. */
final class Fixtures {
    private Fixtures() {
    }

    static void reports(Path folder) throws IOException {
        Files.createDirectories(folder);
        report(folder, "a-coup.txt", "2012-03-23", "Test Wire",
                "Mutinous soldiers overthrew President Amadou Toumani Touré in Bamako on March 22. Captain Amadou "
                        + "Sanogo leads the junta.\n\nThe MNLA attacked Kidal on March 20.");
        report(folder, "b-reactions.txt", "2012-03-24", "Other Wire",
                "The coup on March 22 ousted President Amadou Toumani Touré. The African Union suspended Mali on "
                        + "March 23.\n\nCaptain Amadou Sango met party leaders at Kati on Saturday.");
        report(folder, "c-north.txt", "2012-04-02", "Test Wire",
                "Rebels of the MNLA seized Gao on March 31 and Timbuktu on April 1. ECOWAS imposed an embargo on "
                        + "Mali on Monday. The African Union suspended Mali on March 23, after the coup.");
        report(folder, "d-later.txt", "2020-08-19", "Third Wire",
                "Soldiers detained President Ibrahim Boubacar Keita in Bamako on August 18. Keita resigned that "
                        + "night.");
        // No title: exports fall back on the file's name, as the store does.
        Files.writeString(folder.resolve("d-later.meta.json"), "{\"published\": \"2020-08-19\"}",
                StandardCharsets.UTF_8);
    }

    /** An empty file and a report whose sidecar gives no date: the CLI fails both, with codes. */
    static void bad(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.write(folder.resolve("e-empty.txt"), new byte[0]);
        Files.writeString(folder.resolve("f-baddate.txt"), "Troops fired on protesters in Bamako.",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("f-baddate.meta.json"), "{\"published\": \"next week\"}",
                StandardCharsets.UTF_8);
    }

    static void report(Path folder, String name, String published, String publisher, String text)
            throws IOException {
        Files.writeString(folder.resolve(name), text + "\n", StandardCharsets.UTF_8);
        String base = name.substring(0, name.lastIndexOf('.'));
        Files.writeString(folder.resolve(base + ".meta.json"), "{\"published\": \"" + published
                + "\", \"publisher\": \"" + publisher + "\", \"title\": \"" + base + "\"}", StandardCharsets.UTF_8);
    }
}
