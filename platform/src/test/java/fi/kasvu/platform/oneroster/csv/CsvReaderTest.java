package fi.kasvu.platform.oneroster.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The CSV reader on its own: RFC 4180 as written by spreadsheets, byte-order marks and text that is not UTF-8. */
class CsvReaderTest {

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaksAndLinesAreCountedPhysically() throws Exception {
        var records = read(("a,b\r\n\"x, y\",\"he said \"\"hi\"\"\"\r\n\"two\nlines\",z\r\n\r\nlast,row")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(records).containsExactly("1:[a, b]", "2:[x, y, he said \"hi\"]", "3:[two\nlines, z]", "6:[last, row]");
    }

    @Test
    void aUtf8ByteOrderMarkIsSkippedAndUtf16IsRefused() throws Exception {
        byte[] text = "sourcedId,name\n1,Äänekoski\n".getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[text.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(text, 0, marked, 3, text.length);

        assertThat(read(marked)).containsExactly("1:[sourcedId, name]", "2:[1, Äänekoski]");
        assertThatThrownBy(() -> read(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x61, 0}))
                .isInstanceOf(CsvSyntaxException.class);
    }

    @Test
    void aFieldThatIsNotUtf8IsMarkedAndTheRestOfTheRowStillReads() throws Exception {
        var csv = new CsvReader(new ByteArrayInputStream("ok,Hämäläinen\n".getBytes(StandardCharsets.ISO_8859_1)), 1024);

        assertThat(csv.next()).isTrue();
        assertThat(csv.isUtf8(0)).isTrue();
        assertThat(csv.field(0)).isEqualTo("ok");
        assertThat(csv.isUtf8(1)).isFalse();
        assertThat(csv.field(1)).isNull();
    }

    @Test
    void anUnclosedQuoteAndTextAfterAClosingQuoteAreNamedWithTheirLine() {
        assertThatThrownBy(() -> read("a\n\"open,b\nc\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CsvSyntaxException.class).hasMessage("a quoted field is never closed (a missing \")")
                .extracting(e -> ((CsvSyntaxException) e).line()).isEqualTo(2L);
        assertThatThrownBy(() -> read("a\n\"x\"y,b\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CsvSyntaxException.class).hasMessageStartingWith("text after a quoted field's closing quote");
    }

    @Test
    void aFieldLongerThanTheLimitIsRefused() {
        var csv = new CsvReader(new ByteArrayInputStream("x".repeat(100).getBytes(StandardCharsets.UTF_8)), 64);
        assertThatThrownBy(csv::next).isInstanceOf(CsvSyntaxException.class).hasMessageContaining("longer than 64 bytes");
    }

    private static List<String> read(byte[] bytes) throws IOException, CsvSyntaxException {
        var csv = new CsvReader(new ByteArrayInputStream(bytes), 1024);
        List<String> records = new ArrayList<>();
        while (csv.next()) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < csv.size(); i++) {
                fields.add(csv.field(i));
            }
            records.add(csv.line() + ":" + fields);
        }
        return records;
    }
}
