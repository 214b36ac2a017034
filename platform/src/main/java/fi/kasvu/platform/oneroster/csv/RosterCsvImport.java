package fi.kasvu.platform.oneroster.csv;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fi.kasvu.platform.oneroster.csv.ZipStaging.Mode;
import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantId;
import org.postgresql.util.PSQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports a OneRoster 1.2 CSV zip into a municipality's school structure, all or nothing, in one transaction on one
 * connection of the tenant's schema: the zip is streamed into staging tables with COPY, checked as a whole with
 * set-based SQL, and applied only when nothing is wrong. Each attempt is a row of {@code roster_import} (written on a
 * connection of its own, so its RUNNING state is visible while the import runs) with its report as JSON. The tenant
 * is passed explicitly, so an import can run off the request thread. One import per municipality at a time.
 */
@Service
public class RosterCsvImport {

    private static final Logger log = LoggerFactory.getLogger(RosterCsvImport.class);

    private final TenantConnections connections;
    private final RosterCsvSettings settings;

    RosterCsvImport(TenantConnections connections, RosterCsvSettings settings) {
        this.connections = connections;
        this.settings = settings;
    }

    /**
     * Imports the zip read from {@code zip} (the caller closes it). Problems in the zip reject it with a report;
     * nothing is applied unless everything can be.
     *
     * @param fileName what the zip was called, for the history
     * @param actor    who imports, for the history and the audit log
     */
    public RosterImportResult importZip(TenantId tenant, String fileName, InputStream zip, String actor,
                                        ImportProgress progress) {
        UUID id = UUID.randomUUID();
        long started = System.nanoTime();
        var report = new ImportReport(settings.maxReportedProblems());
        String name = shortName(fileName);
        ImportState state;
        String mode = null;
        try {
            record(tenant, "INSERT INTO roster_import (id, file_name, state, actor) VALUES (?, ?, 'RUNNING', ?)",
                    id, name, actor);
            var outcome = connections.withConnection(tenant, connection -> run(connection, id, zip, actor, report,
                    progress));
            state = outcome.state();
            mode = outcome.mode();
        } catch (SQLException | RuntimeException e) {
            log.warn("OneRoster import {} of '{}' failed: {}", id, tenant.slug(), reason(e));
            report.problem(null, 0, null, "the import failed on Kasvu's side and nothing was applied; try again, and "
                    + "if it fails again, report import " + id);
            state = ImportState.FAILED;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        try {
            record(tenant, "UPDATE roster_import SET state = ?, mode = ?, finished_at = now(), report = ?::jsonb "
                    + "WHERE id = ?", state.name(), mode, report.json(elapsed.toMillis()), id);
        } catch (SQLException e) {
            log.warn("OneRoster import {} of '{}': its outcome {} could not be recorded: {}", id, tenant.slug(), state,
                    reason(e));
        }
        progress.advanced(ImportPhase.DONE, state.name(), report.rows().values().stream().mapToLong(Long::longValue).sum());
        return new RosterImportResult(id, state, report.rows(), report.changes(), report.problems(),
                report.problemCount(), elapsed);
    }

    private record Outcome(ImportState state, String mode) {
    }

    private Outcome run(Connection connection, UUID id, InputStream zip, String actor, ImportReport report,
                        ImportProgress progress) throws SQLException {
        connection.setAutoCommit(false);
        try {
            if (!oneAtATime(connection)) {
                report.problem(null, 0, null, "another import of this municipality is running; try again when it ends");
                connection.rollback();
                return new Outcome(ImportState.REJECTED, null);
            }
            Staging.memory(connection);
            Staging.create(connection);
            Map<RosterFile, Mode> modes;
            try {
                modes = new ZipStaging(connection, settings, report, progress).read(zip);
            } catch (EOFException truncated) {
                report.problem(null, 0, null, "the zip ends too early (a broken or partial upload?)");
                modes = null;
            }
            if (modes != null && !report.hasProblems()) {
                progress.advanced(ImportPhase.CHECKING, "", 0);
                Staging.index(connection);
                new RosterChecks(connection, modes, report).run();
            }
            if (modes == null || report.hasProblems()) {
                connection.rollback();
                return new Outcome(ImportState.REJECTED, mode(modes));
            }
            new RosterApply(connection, modes, report, progress).run();
            audit(connection, id, actor, report);
            connection.commit();
            return new Outcome(ImportState.APPLIED, mode(modes));
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e instanceof SQLException sql ? sql : new SQLException("import failed", e);
        }
    }

    /** A transaction-scoped advisory lock per schema: a second import of the same municipality waits for nothing. */
    private static boolean oneAtATime(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement(
                "SELECT pg_try_advisory_xact_lock(hashtext('oneroster-csv-import'), hashtext(current_schema()))");
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getBoolean(1);
        }
    }

    private static void audit(Connection connection, UUID id, String actor, ImportReport report) throws SQLException {
        try (var statement = connection.prepareStatement(
                "INSERT INTO audit_log (actor, action, detail) VALUES (?, 'oneroster-csv-import', ?)")) {
            statement.setString(1, actor);
            statement.setString(2, "import " + id + " applied; rows written: " + report.changes());
            statement.executeUpdate();
        }
    }

    private static String mode(Map<RosterFile, Mode> modes) {
        if (modes == null) {
            return null;
        }
        var used = modes.values().stream().filter(mode -> mode != Mode.ABSENT).distinct().toList();
        return used.size() == 1 ? used.getFirst().name().toLowerCase(java.util.Locale.ROOT) : null;
    }

    /** The imports of the municipality, newest first. */
    public List<RosterImportSummary> history(TenantId tenant, int limit) {
        try {
            return connections.withConnection(tenant, connection -> {
                try (var statement = connection.prepareStatement("SELECT id, file_name, mode, state, actor, started_at, "
                        + "finished_at, coalesce((report ->> 'problemCount')::bigint, 0) FROM roster_import "
                        + "ORDER BY started_at DESC LIMIT ?")) {
                    statement.setInt(1, limit);
                    List<RosterImportSummary> imports = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            Timestamp finished = rows.getTimestamp(7);
                            imports.add(new RosterImportSummary(rows.getObject(1, UUID.class), rows.getString(2),
                                    rows.getString(3), ImportState.valueOf(rows.getString(4)), rows.getString(5),
                                    rows.getTimestamp(6).toInstant(), finished == null ? null : finished.toInstant(),
                                    rows.getLong(8)));
                        }
                    }
                    return imports;
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("the import history could not be read: " + reason(e), e);
        }
    }

    /** One import's outcome and report, as recorded. */
    public Optional<RosterImportResult> result(TenantId tenant, UUID id) {
        try {
            return connections.withConnection(tenant, connection -> {
                try (var statement = connection.prepareStatement("SELECT state, report::text, "
                        + "extract(epoch FROM coalesce(finished_at, now()) - started_at) FROM roster_import WHERE id = ?")) {
                    statement.setObject(1, id);
                    try (ResultSet row = statement.executeQuery()) {
                        if (!row.next()) {
                            return Optional.<RosterImportResult>empty();
                        }
                        ImportState state = ImportState.valueOf(row.getString(1));
                        String json = row.getString(2);
                        Duration elapsed = Duration.ofMillis((long) (row.getDouble(3) * 1000));
                        if (json == null) {
                            return Optional.of(new RosterImportResult(id, state, Map.of(), Map.of(), List.of(), 0, elapsed));
                        }
                        var read = ImportReport.read(json);
                        return Optional.of(new RosterImportResult(id, state, read.rows(), read.changes(),
                                read.problems(), read.problemCount(), Duration.ofMillis(read.elapsedMillis())));
                    }
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("the import could not be read: " + reason(e), e);
        }
    }

    private void record(TenantId tenant, String sql, Object... values) throws SQLException {
        connections.withConnection(tenant, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                return statement.executeUpdate();
            }
        });
    }

    private static String shortName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "roster.zip"
                : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "?");
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    /**
     * Why something failed, for a log line: PostgreSQL's state and constraint, never its message, which can quote the
     * offending row (an identity code, a name).
     */
    static String reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql) {
                var server = psql.getServerErrorMessage();
                return "SQL state " + psql.getSQLState() + (server != null && server.getConstraint() != null
                        ? ", constraint " + server.getConstraint() : "") + (server != null && server.getTable() != null
                        ? ", table " + server.getTable() : "");
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
