package org.sitrep.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds test files in a temporary folder. All text is invented. */
final class Fixtures {
    static final List<String> WRAPPED_PARAGRAPH = List.of(
            "Situation in the Tanu Valley",
            "The river town of Korvella saw heavy fighting last",
            "week as militia units pushed south along the main",
            "road, according to local officials. Aid convoys were",
            "halted for three days while engineers repaired the",
            "bridge at Osk, and traders said the price of grain",
            "had doubled in the market since the start of May.");

    private Fixtures() {
    }

    /** A PDF with one page per entry of {@code pages}, each a list of lines, and a footer line per page. */
    static Path pdf(Path file, String title, List<List<String>> pages, List<String> footers) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    writeLines(content, 700, 11, pages.get(p));
                    if (footers != null) {
                        writeLines(content, 80, 8, List.of(footers.get(p)));
                    }
                }
            }
            if (title != null) {
                document.getDocumentInformation().setTitle(title);
            }
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * A one-page PDF whose document information says it was created and modified on {@code saved}, with the
     * {@code custom} entries (name, value) a publishing tool may add.
     */
    static Path pdfSavedOn(Path file, java.time.LocalDate saved, java.util.Map<String, String> custom)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                writeLines(content, 700, 11, WRAPPED_PARAGRAPH);
            }
            java.util.Calendar when = java.util.GregorianCalendar.from(saved.atStartOfDay(java.time.ZoneOffset.UTC));
            document.getDocumentInformation().setCreationDate(when);
            document.getDocumentInformation().setModificationDate(when);
            custom.forEach(document.getDocumentInformation()::setCustomMetadataValue);
            document.save(file.toFile());
        }
        return file;
    }

    private static void writeLines(PDPageContentStream content, float top, float size, List<String> lines)
            throws IOException {
        content.beginText();
        content.setFont(PDType1Font.HELVETICA, size);
        content.setLeading(size * 1.3f);
        content.newLineAtOffset(72, top);
        for (String line : lines) {
            content.showText(line);
            content.newLine();
        }
        content.endText();
    }

    /** A PDF whose only page holds a drawn rectangle: what a scan looks like to a text extractor. */
    static Path pdfWithoutText(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(100, 100, 300, 400);
                content.fill();
            }
            document.save(file.toFile());
        }
        return file;
    }

    static Path encrypt(Path source, Path target, String userPassword) throws IOException {
        try (PDDocument document = PDDocument.load(source.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(target.toFile());
        }
        return target;
    }

    static Path docx(Path file, String title, String author, List<String> paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.getProperties().getCoreProperties().setTitle(title);
            document.getProperties().getCoreProperties().setCreator(author);
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
        }
        return file;
    }

    static Path html(Path file, String head, String body) throws IOException {
        return Files.writeString(file, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n" + head
                + "\n</head>\n<body>\n" + body + "\n</body></html>\n");
    }
}
