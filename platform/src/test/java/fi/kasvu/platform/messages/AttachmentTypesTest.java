package fi.kasvu.platform.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** What a file is, by its bytes. */
class AttachmentTypesTest {

    @Test
    void signaturesDecide() {
        assertThat(AttachmentTypes.recognise("%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
        assertThat(AttachmentTypes.recognise(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}))
                .contains("image/png");
        assertThat(AttachmentTypes.recognise(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}))
                .contains("image/jpeg");
        assertThat(AttachmentTypes.recognise("Hei, tässä ohjeet.\r\n\tRivi 2".getBytes(StandardCharsets.UTF_8)))
                .contains("text/plain");
    }

    @Test
    void binariesAndUnknownContainersAreRefused() throws IOException {
        assertThat(AttachmentTypes.recognise(new byte[] {'M', 'Z', (byte) 0x90, 0, 3})).isEmpty();
        assertThat(AttachmentTypes.recognise("a\u0000b".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(AttachmentTypes.recognise(new byte[] {(byte) 0xC3, (byte) 0x28})).as("not UTF-8").isEmpty();
        assertThat(AttachmentTypes.recognise(zip(false, "program.exe", "readme.txt"))).isEmpty();
        assertThat(AttachmentTypes.recognise(new byte[0])).isEmpty();
    }

    @Test
    void officeDocumentsByTheirEntries() throws IOException {
        assertThat(AttachmentTypes.recognise(zip(false, "[Content_Types].xml", "_rels/.rels", "word/document.xml")))
                .contains(AttachmentTypes.DOCX);
        assertThat(AttachmentTypes.recognise(zip(false, "[Content_Types].xml", "xl/workbook.xml")))
                .contains(AttachmentTypes.XLSX);
        assertThat(AttachmentTypes.recognise(zip(true, "content.xml", "META-INF/manifest.xml")))
                .contains(AttachmentTypes.ODT);
        assertThat(AttachmentTypes.recognise(zip(false, "mimetype", "content.xml"))).as("mimetype not first, stored")
                .isEmpty();
    }

    /** A zip with the entries; with {@code odt} an ODF "mimetype" entry first, stored. */
    static byte[] zip(boolean odt, String... names) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            if (odt) {
                byte[] type = AttachmentTypes.ODT.getBytes(StandardCharsets.US_ASCII);
                var entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(type.length);
                var crc = new CRC32();
                crc.update(type);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(type);
                zip.closeEntry();
            }
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
