package fi.kasvu.platform.oneroster.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The entries of an uploaded zip, read as a stream. The limits are counted on the bytes actually read and inflated,
 * never taken from the sizes the zip declares: a zip bomb is stopped when its inflated bytes pass the total or its
 * inflated-to-compressed ratio passes the limit, whatever its headers say. Entry names that leave the zip's root
 * (absolute paths, {@code ..}, backslashes, drive letters) refuse the zip; entries must lie at the root.
 */
final class ZipEntries implements AutoCloseable {

    /** An entry: its name and its inflated bytes, counted against the limits as they are read. */
    record Entry(String name, InputStream content) {
    }

    private final RosterCsvSettings limits;
    private final Counting compressed;
    private final ZipInputStream zip;
    private final Set<String> names = new HashSet<>();
    private long inflated;
    private int entries;
    private Inflated current;

    ZipEntries(InputStream raw, RosterCsvSettings limits) {
        this.limits = limits;
        this.compressed = new Counting(raw);
        this.zip = new ZipInputStream(compressed);
    }

    /** The next file entry at the zip's root, or null at the end. Directories and macOS metadata are skipped. */
    Entry next() throws ZipRefusedException, IOException {
        while (true) {
            if (current != null) {
                // what the reader left of the entry is inflated through the counter too, not by closeEntry()
                current.transferTo(java.io.OutputStream.nullOutputStream());
                current = null;
            }
            ZipEntry entry;
            try {
                entry = zip.getNextEntry();
            } catch (ZipException e) {
                throw new ZipRefusedException("the file is not a readable zip (" + e.getMessage() + ")");
            }
            if (entry == null) {
                if (entries == 0) {
                    throw new ZipRefusedException("the file is not a zip, or the zip is empty");
                }
                return null;
            }
            if (++entries > limits.maxEntries()) {
                throw new ZipRefusedException("the zip has more than " + limits.maxEntries() + " entries");
            }
            String name = entry.getName();
            refuseUnsafe(name);
            if (name.startsWith("__MACOSX/") || entry.isDirectory()) {
                current = new Inflated();
                continue;
            }
            if (name.contains("/")) {
                throw new ZipRefusedException("'" + printable(name)
                        + "': the CSV files must lie at the zip's root, not in a folder");
            }
            if (!names.add(name)) {
                throw new ZipRefusedException("'" + printable(name) + "' is in the zip twice");
            }
            current = new Inflated();
            return new Entry(name, current);
        }
    }

    private static void refuseUnsafe(String name) throws ZipRefusedException {
        boolean unsafe = name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.equals("..") || name.startsWith("../") || name.contains("/../") || name.endsWith("/..")
                || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
        if (unsafe) {
            throw new ZipRefusedException("'" + printable(name) + "': an entry whose name points outside the zip "
                    + "(an absolute path, .. or a backslash) is refused");
        }
    }

    private static String printable(String name) {
        String shown = name.replaceAll("[\\p{Cntrl}]", "?");
        return shown.length() > 120 ? shown.substring(0, 117) + "..." : shown;
    }

    private void count(long bytes) throws IOException {
        inflated += bytes;
        if (inflated > limits.maxUncompressedBytes()) {
            throw new ZipBombException("the zip inflates to more than " + limits.maxUncompressedBytes() / (1024 * 1024)
                    + " MB");
        }
        if (inflated > limits.ratioGraceBytes() && inflated > (long) limits.maxCompressionRatio() * compressed.count) {
            throw new ZipBombException("the zip inflates more than " + limits.maxCompressionRatio()
                    + " times its size (a zip bomb?)");
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** A limit passed while reading; unwrapped into a {@link ZipRefusedException} by whoever reads. */
    static final class ZipBombException extends IOException {
        ZipBombException(String message) {
            super(message);
        }
    }

    /** The current entry's inflated bytes; closing it leaves the zip open for the next entry. */
    private final class Inflated extends InputStream {
        @Override
        public int read() throws IOException {
            int b = zip.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = zip.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public void close() {
            // the next call to next() moves on; the zip stays open
        }
    }

    /** Counts the compressed bytes the inflater consumed. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
