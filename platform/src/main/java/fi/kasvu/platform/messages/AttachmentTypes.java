package fi.kasvu.platform.messages;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a file is, decided by its bytes alone: the name and the type a browser declares are ignored (a renamed
 * program stays a program). PDF, PNG and JPEG by their signatures; plain text as UTF-8 without control characters;
 * DOCX, XLSX and ODT as zip containers holding the entries their formats require, read from the zip's central
 * directory without inflating anything, so a zip bomb costs nothing.
 */
final class AttachmentTypes {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String TEXT = "text/plain";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ODT = "application/vnd.oasis.opendocument.text";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int ZIP_LOCAL = 0x04034b50;
    private static final int ZIP_END = 0x06054b50;
    private static final int ZIP_CENTRAL = 0x02014b50;

    private AttachmentTypes() {
    }

    /** The recognised media type, or empty for anything Kasvu does not take. */
    static Optional<String> recognise(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Optional.empty();
        }
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (bytes.length > 4 && le32(bytes, 0) == ZIP_LOCAL) {
            return office(bytes);
        }
        return plainText(bytes) ? Optional.of(TEXT) : Optional.empty();
    }

    private static Optional<String> office(byte[] zip) {
        Set<String> names = entryNames(zip);
        if (names.contains("[Content_Types].xml") && names.contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        if (names.contains("[Content_Types].xml") && names.contains("xl/workbook.xml")) {
            return Optional.of(XLSX);
        }
        if (names.contains("mimetype") && names.contains("content.xml") && odfMimetype(zip).equals(ODT)) {
            return Optional.of(ODT);
        }
        return Optional.empty();
    }

    /** The names in the zip's central directory; empty when it cannot be found or read. */
    static Set<String> entryNames(byte[] zip) {
        Set<String> names = new HashSet<>();
        int end = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
            if (le32(zip, i) == ZIP_END) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return names;
        }
        int count = le16(zip, end + 10);
        long offset = le32(zip, end + 16) & 0xFFFFFFFFL;
        int at = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int i = 0; i < count && at + 46 <= zip.length && le32(zip, at) == ZIP_CENTRAL; i++) {
            int nameLength = le16(zip, at + 28);
            int extraLength = le16(zip, at + 30);
            int commentLength = le16(zip, at + 32);
            if (at + 46 + nameLength > zip.length) {
                break;
            }
            names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    /** ODF puts an uncompressed entry "mimetype" first, so its content sits right after the first local header. */
    private static String odfMimetype(byte[] zip) {
        if (zip.length < 30) {
            return "";
        }
        int nameLength = le16(zip, 26);
        int extraLength = le16(zip, 28);
        int size = (int) Math.min(le32(zip, 18) & 0xFFFFFFFFL, 100);
        int start = 30 + nameLength + extraLength;
        if (le16(zip, 8) != 0 || start + size > zip.length
                || !"mimetype".equals(new String(zip, 30, Math.min(nameLength, zip.length - 30), StandardCharsets.UTF_8))) {
            return "";
        }
        return new String(zip, start, size, StandardCharsets.US_ASCII).strip();
    }

    /** UTF-8 (with or without a byte order mark) holding no control character but tab, line and page breaks. */
    private static boolean plainText(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        return text.chars().noneMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int le16(byte[] bytes, int at) {
        return at + 2 > bytes.length || at < 0 ? -1 : ByteBuffer.wrap(bytes, at, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xFFFF;
    }

    private static int le32(byte[] bytes, int at) {
        return at + 4 > bytes.length || at < 0 ? -1 : ByteBuffer.wrap(bytes, at, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }
}
