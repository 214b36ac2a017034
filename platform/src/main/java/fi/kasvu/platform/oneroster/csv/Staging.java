package fi.kasvu.platform.oneroster.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The temporary tables an import copies its rows into, one per file, with COPY (PostgreSQL's text format). They are
 * created in the import's transaction and dropped at its end; nothing in them outlives it.
 */
final class Staging {

    private Staging() {
    }

    static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (RosterFile file : RosterFile.values()) {
                statement.execute("CREATE TEMPORARY TABLE " + file.stagingTable + " (line bigint NOT NULL, "
                        + String.join(" text, ", file.staged) + " text) ON COMMIT DROP");
            }
        }
    }

    /** After the copy: an index on sourcedId and fresh statistics, which temporary tables never get by themselves. */
    static void index(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (RosterFile file : RosterFile.values()) {
                statement.execute("CREATE INDEX ON " + file.stagingTable + " (source_id)");
                statement.execute("ANALYZE " + file.stagingTable);
            }
        }
    }

    /** A COPY into a file's staging table; rows go to the server as they are written. */
    static final class Copy implements AutoCloseable {
        private final Writer out;
        private long rows;

        Copy(Connection connection, RosterFile file) throws SQLException {
            PGConnection pg = connection.unwrap(PGConnection.class);
            String sql = "COPY " + file.stagingTable + " (line, " + String.join(", ", file.staged) + ") FROM STDIN";
            this.out = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(pg, sql, 1 << 16),
                    StandardCharsets.UTF_8), 1 << 16);
        }

        void row(long line, String[] values) throws IOException {
            out.write(Long.toString(line));
            for (String value : values) {
                out.write('\t');
                if (value == null) {
                    out.write("\\N");
                } else {
                    escape(value);
                }
            }
            out.write('\n');
            rows++;
        }

        long rows() {
            return rows;
        }

        private void escape(String value) throws IOException {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> out.write("\\\\");
                    case '\t' -> out.write("\\t");
                    case '\n' -> out.write("\\n");
                    case '\r' -> out.write("\\r");
                    default -> out.write(c);
                }
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
