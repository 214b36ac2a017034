package fi.kasvu.platform.oneroster.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantId;
import org.springframework.stereotype.Service;

/**
 * Exports a municipality's school structure as a OneRoster 1.2 CSV zip, every file bulk: the active records whose
 * references are active too, ordered by sourcedId, status and dateLastModified blank as bulk files have them. Read in
 * one repeatable-read transaction (a consistent snapshot) and streamed with a server-side cursor. Personal identity
 * codes are never exported; userIds stays empty.
 */
@Service
public class RosterCsvExport {

    private static final int FETCH = 5_000;

    private final TenantConnections connections;

    RosterCsvExport(TenantConnections connections) {
        this.connections = connections;
    }

    /** Writes the zip to {@code out}, which stays open. */
    public void exportZip(TenantId tenant, OutputStream out) throws IOException {
        try {
            connections.withConnection(tenant, connection -> {
                connection.setAutoCommit(false);
                try (var snapshot = connection.createStatement()) {
                    snapshot.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                }
                try {
                    write(connection, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    connection.rollback();
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (SQLException e) {
            throw new IOException("the export could not be read: " + RosterCsvImport.reason(e), e);
        }
    }

    private void write(Connection connection, OutputStream out) throws IOException, SQLException {
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        var writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        var csv = new CsvWriter(writer);
        zip.putNextEntry(new ZipEntry(ZipStaging.MANIFEST));
        csv.row(new String[] {"propertyName", "value"});
        csv.row(new String[] {"manifest.version", "1.0"});
        csv.row(new String[] {"oneroster.version", "1.2"});
        for (RosterFile file : RosterFile.values()) {
            csv.row(new String[] {file.manifestKey, "bulk"});
        }
        for (String notKept : RosterFile.NOT_KEPT.stream().sorted().toList()) {
            csv.row(new String[] {"file." + notKept.substring(0, notKept.length() - 4), "absent"});
        }
        csv.row(new String[] {"source.systemName", "Kasvu"});
        csv.row(new String[] {"source.systemCode", "kasvu"});
        csv.flush();
        zip.closeEntry();
        for (RosterFile file : RosterFile.values()) {
            zip.putNextEntry(new ZipEntry(file.fileName));
            csv.row(file.header);
            try (var statement = connection.prepareStatement(RosterExportSql.of(file))) {
                statement.setFetchSize(FETCH);
                try (ResultSet rows = statement.executeQuery()) {
                    String[] fields = new String[file.header.size()];
                    while (rows.next()) {
                        Arrays.fill(fields, null);
                        for (int i = 0; i < fields.length; i++) {
                            fields[i] = rows.getString(i + 1);
                        }
                        csv.row(fields);
                    }
                }
            }
            csv.flush();
            zip.closeEntry();
        }
        zip.finish();
    }
}
