package fi.kasvu.platform.oneroster.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads RFC 4180 CSV as a stream of records, one record in memory at a time. It works on bytes (the separators are
 * ASCII, which never occurs inside a UTF-8 sequence) and decodes each field strictly, so a field that is not UTF-8
 * is reported with its line and column instead of being read as replacement characters. A UTF-8 byte-order mark is
 * skipped; quoted fields may hold commas, quotes (doubled) and line breaks; lines end in LF or CRLF; blank lines are
 * skipped.
 */
final class CsvReader {

    private static final int MAX_FIELDS = 256;

    private final InputStream in;
    private final int maxFieldBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean started;

    private byte[] recordBytes = new byte[1024];
    private int recordLength;
    private final int[] fieldEnds = new int[MAX_FIELDS];
    private int fieldCount;
    private int fieldStart;
    private final String[] fields = new String[MAX_FIELDS];
    private final boolean[] notUtf8 = new boolean[MAX_FIELDS];
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    private long line = 1;
    private long recordLine;
    private boolean skipLf;

    CsvReader(InputStream in, int maxFieldBytes) {
        this.in = in;
        this.maxFieldBytes = maxFieldBytes;
    }

    /** The line on which the current record starts. */
    long line() {
        return recordLine;
    }

    int size() {
        return fieldCount;
    }

    /** The field decoded, or null when its bytes are not UTF-8 (see {@link #isUtf8}). */
    String field(int index) {
        return fields[index];
    }

    boolean isUtf8(int index) {
        return !notUtf8[index];
    }

    /** Reads the next record; false at the end of the file. */
    boolean next() throws IOException, CsvSyntaxException {
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        while (true) {
            recordLength = 0;
            fieldCount = 0;
            fieldStart = 0;
            recordLine = line;
            boolean quoted = false;
            boolean afterQuote = false;
            boolean fieldWasQuoted = false;
            int b;
            while ((b = read()) >= 0) {
                if (skipLf) {
                    skipLf = false;
                    if (b == '\n') {
                        continue;
                    }
                }
                if (quoted) {
                    if (b == '"') {
                        quoted = false;
                        afterQuote = true;
                    } else {
                        if (b == '\n') {
                            line++;
                        }
                        append(b);
                    }
                    continue;
                }
                if (afterQuote) {
                    afterQuote = false;
                    if (b == '"') {
                        quoted = true;
                        append(b);
                        continue;
                    }
                    if (b != ',' && b != '\r' && b != '\n') {
                        throw new CsvSyntaxException(line, "text after a quoted field's closing quote; a quote inside "
                                + "a quoted field is written twice (\"\")");
                    }
                }
                if (b == ',') {
                    endField();
                    fieldWasQuoted = false;
                } else if (b == '\r' || b == '\n') {
                    line++;
                    skipLf = b == '\r';
                    if (recordLength == 0 && fieldCount == 0 && !fieldWasQuoted) {
                        recordLine = line;
                        continue; // a blank line
                    }
                    endField();
                    return decoded();
                } else if (b == '"') {
                    if (recordLength != fieldStart) {
                        throw new CsvSyntaxException(line, "a quote inside a field that does not start with one; "
                                + "quote the whole field and write the quote twice (\"\")");
                    }
                    quoted = true;
                    fieldWasQuoted = true;
                } else {
                    append(b);
                }
            }
            if (quoted) {
                throw new CsvSyntaxException(recordLine, "a quoted field is never closed (a missing \")");
            }
            if (recordLength == 0 && fieldCount == 0 && !fieldWasQuoted && !afterQuote) {
                return false;
            }
            endField();
            return decoded();
        }
    }

    private void skipByteOrderMark() throws IOException, CsvSyntaxException {
        fill();
        if (limit - position >= 2 && ((buffer[position] == (byte) 0xFF && buffer[position + 1] == (byte) 0xFE)
                || (buffer[position] == (byte) 0xFE && buffer[position + 1] == (byte) 0xFF))) {
            throw new CsvSyntaxException(1, "the file is UTF-16 text; save it as UTF-8");
        }
        if (limit - position >= 3 && buffer[position] == (byte) 0xEF && buffer[position + 1] == (byte) 0xBB
                && buffer[position + 2] == (byte) 0xBF) {
            position += 3;
        }
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    private boolean fill() throws IOException {
        int n = in.readNBytes(buffer, 0, buffer.length);
        position = 0;
        limit = n;
        return n > 0;
    }

    private void append(int b) throws CsvSyntaxException {
        if (recordLength - fieldStart >= maxFieldBytes) {
            throw new CsvSyntaxException(recordLine, "a field is longer than " + maxFieldBytes
                    + " bytes (an unclosed quote?)");
        }
        if (recordLength == recordBytes.length) {
            recordBytes = Arrays.copyOf(recordBytes, recordBytes.length * 2);
        }
        recordBytes[recordLength++] = (byte) b;
    }

    private void endField() throws CsvSyntaxException {
        if (fieldCount == MAX_FIELDS) {
            throw new CsvSyntaxException(recordLine, "a row has more than " + MAX_FIELDS + " fields");
        }
        fieldEnds[fieldCount++] = recordLength;
        fieldStart = recordLength;
    }

    private boolean decoded() {
        int start = 0;
        for (int i = 0; i < fieldCount; i++) {
            int end = fieldEnds[i];
            notUtf8[i] = false;
            fields[i] = decode(start, end - start, i);
            start = end;
        }
        return true;
    }

    private String decode(int start, int length, int index) {
        boolean ascii = true;
        for (int i = start; i < start + length; i++) {
            if (recordBytes[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(recordBytes, start, length, StandardCharsets.ISO_8859_1);
        }
        try {
            return decoder.reset().decode(ByteBuffer.wrap(recordBytes, start, length)).toString();
        } catch (CharacterCodingException e) {
            notUtf8[index] = true;
            return null;
        }
    }
}
