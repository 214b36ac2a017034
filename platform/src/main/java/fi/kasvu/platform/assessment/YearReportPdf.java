package fi.kasvu.platform.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Lays year reports out on A4 pages, one student after another (a long verbal report runs on to a next page), in
 * DejaVu Sans embedded as a subset, so every letter of Finnish, Swedish and Sámi names (å ä ö, č đ ŋ) prints. Each
 * report is in its school's language of instruction ({@link YearReportWording}).
 */
@Component
class YearReportPdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float GRADE_COLUMN = MARGIN + 300;

    byte[] render(List<YearReport> reports) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font regular = font(document, "/fonts/DejaVuSans.ttf");
            PDType0Font bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
            for (YearReport report : reports) {
                new Pages(document, regular, bold).write(report);
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("making the year reports failed", e);
        }
    }

    private static PDType0Font font(PDDocument document, String resource) throws IOException {
        try (InputStream in = YearReportPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the font " + resource + " is missing");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** The pages of one report, a cursor moving down them. */
    private static final class Pages {

        private final PDDocument document;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private PDPageContentStream content;
        private float y;

        Pages(PDDocument document, PDType0Font regular, PDType0Font bold) {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
        }

        void write(YearReport report) throws IOException {
            YearReportWording words = YearReportWording.of(report.language());
            newPage();
            text(bold, 11, MARGIN, report.municipality());
            text(regular, 11, MARGIN, report.school());
            y -= 18;
            text(bold, 20, MARGIN, words.title);
            text(regular, 11, MARGIN, words.schoolYear(report.schoolYear()));
            y -= 10;
            text(bold, 13, MARGIN, report.studentName());
            text(regular, 11, MARGIN, words.classLine(report.classTitle(), report.gradeLevel()));
            y -= 14;
            content.setFont(bold, 10);
            line(MARGIN, words.subjectHeading);
            line(GRADE_COLUMN, words.gradeHeading);
            y -= 16;
            for (YearReport.Line row : report.lines()) {
                subject(words, row);
            }
            y -= 16;
            for (String line : wrap(regular, 8, words.scale, WIDTH)) {
                text(regular, 8, MARGIN, line);
            }
            ensure(90);
            y -= 40;
            text(regular, 11, MARGIN, words.placeAndDay(report.school(), report.date()));
            y -= 34;
            text(regular, 11, MARGIN, "______________________________");
            text(regular, 11, MARGIN, words.signature(report.principal()));
            content.close();
        }

        private void subject(YearReportWording words, YearReport.Line row) throws IOException {
            String name = words.subject(row);
            if (!row.verbal()) {
                ensure(16);
                content.setFont(regular, 11);
                line(MARGIN, name);
                content.setFont(bold, 11);
                line(GRADE_COLUMN, words.grade(row));
                y -= 16;
                return;
            }
            ensure(30);
            text(bold, 11, MARGIN, name);
            for (String line : wrap(regular, 10, row.value(), WIDTH - 12)) {
                ensure(14);
                text(regular, 10, MARGIN + 12, line);
            }
            y -= 4;
        }

        private void text(PDType0Font font, float size, float x, String text) throws IOException {
            ensure(size + 6);
            content.setFont(font, size);
            line(x, text);
            y -= size + 6;
        }

        private void line(float x, String text) throws IOException {
            content.beginText();
            content.newLineAtOffset(x, y);
            content.showText(printable(text));
            content.endText();
        }

        private void ensure(float height) throws IOException {
            if (y - height < MARGIN) {
                content.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }
    }

    static List<String> wrap(PDType0Font font, float size, String text, float width) throws IOException {
        var lines = new ArrayList<String>();
        for (String paragraph : printable(text).split("\n")) {
            var line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Tabs and control characters have no glyph; a report shows them as spaces. */
    private static String printable(String text) {
        return text == null ? "" : text.replace("\r", "").replaceAll("[\\t\\p{Cntrl}&&[^\\n]]", " ");
    }
}
