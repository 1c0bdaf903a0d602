package org.sitrep.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/** Report files for ingest tests: the fixtures under {@code src/test/resources/reports}, and files built here. */
public final class ReportFiles {
    /** Names the kati fixture's officer "Captain Amadou Sango", a misspelling of Sanogo. */
    public static final String KATI = "kati-mutiny.txt";
    /** An HTML page with meta tags, naming "Amadou Haya Sanogo" and "Dioncounda Traoré". */
    public static final String JUNTA = "junta-mediation.html";
    /** Names the nurse "Fatoumata Traoré", no sidecar. */
    public static final String GAO = "gao-hospital.txt";

    private ReportFiles() {
    }

    /** Copies the fixture reports (with their sidecars) into {@code target}, which is created. */
    public static Path copyFixtures(Path target) {
        try {
            Path source = Path.of(ReportFiles.class.getResource("/reports").toURI());
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName().toString()));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-page PDF holding {@code lines}. */
    public static Path pdf(Path file, List<String> lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(PDType1Font.HELVETICA, 11);
                content.setLeading(14);
                content.newLineAtOffset(72, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(file.toFile());
        }
        return file;
    }
}
