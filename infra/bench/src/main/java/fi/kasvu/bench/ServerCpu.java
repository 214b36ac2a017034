package fi.kasvu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time the PostgreSQL backends of the bench's own database used, read from /proc (the server runs on this
 * machine): on a machine shared with other work the wall time says little, the CPU time more. Empty where /proc
 * or the server's processes cannot be read.
 */
final class ServerCpu {

    /** USER_HZ, the unit of /proc/<pid>/stat's times, is 100 on Linux. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ServerCpu() {
    }

    /** utime + stime of each backend connected to the bench's database, by pid. */
    static Map<Integer, Long> ticks() {
        Map<Integer, Long> ticks = new HashMap<>();
        try (var connection = DriverManager.getConnection(BenchContext.jdbcUrl(), BenchContext.user(), "");
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                     + "AND pid <> pg_backend_pid()")) {
            while (rows.next()) {
                int pid = rows.getInt(1);
                Long used = used(pid);
                if (used != null) {
                    ticks.put(pid, used);
                }
            }
        } catch (SQLException e) {
            return ticks;
        }
        return ticks;
    }

    static double secondsSince(Map<Integer, Long> before) {
        long total = 0;
        for (var now : ticks().entrySet()) {
            total += now.getValue() - before.getOrDefault(now.getKey(), 0L);
        }
        return total / TICKS_PER_SECOND;
    }

    private static Long used(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
