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

    /**
     * Room for the import's sorts and hashes (work_mem, this transaction only) and for its staging tables in the
     * session's own buffers (temp_buffers, which PostgreSQL lets a session set only before it first touches a
     * temporary table; a pooled connection that already did keeps what it has).
     */
    static void memory(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL work_mem = '64MB'");
            statement.execute("SAVEPOINT temp_buffers");
            try {
                statement.execute("SET temp_buffers = '128MB'");
                statement.execute("RELEASE SAVEPOINT temp_buffers");
            } catch (SQLException alreadyUsed) {
                statement.execute("ROLLBACK TO SAVEPOINT temp_buffers");
            }
        }
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
