package fi.kasvu.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A rough answer to "where did the time go": the machine's busy CPU from /proc/stat, this JVM's CPU time, and the
 * CPU of the PostgreSQL processes (live backends, plus the postmaster's reaped children, which covers backends of
 * connections that were closed meanwhile; all of the server's databases, so a neighbour's tests on the same server
 * count as PostgreSQL). Linux only; on other systems the figures read 0.
 */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on Linux

    record Snapshot(long wallNanos, long machineBusyTicks, long machineTotalTicks, long jvmCpuNanos,
                    long postgresTicks) {
    }

    /** Above this many cores used by other processes during a measured run, its figures are called disturbed. */
    static final double DISTURBED_CORES = 0.3;

    private static int disturbedRuns;

    private CpuMeter() {
    }

    /** How many runs described so far had other processes using more than {@value #DISTURBED_CORES} cores. */
    static synchronized int disturbedRuns() {
        return disturbedRuns;
    }

    static Snapshot now() {
        long[] machine = machine();
        return new Snapshot(System.nanoTime(), machine[0], machine[1], jvmCpuNanos(), postgresTicks());
    }

    /**
     * e.g. "CPU over 12.3 s: machine 1.86 of 2 cores busy; JVM 1.10 cores, PostgreSQL 0.70 cores, other 0.06 cores";
     * "other" is everything else on the machine, so a busy neighbour shows up as noise in the figures.
     */
    static String describe(Snapshot from, Snapshot to) {
        return describe(from, to, true);
    }

    /** As {@link #describe(Snapshot, Snapshot)}; a run not {@code counted} (a warm-up) is never called disturbed. */
    static String describe(Snapshot from, Snapshot to, boolean counted) {
        double wall = (to.wallNanos() - from.wallNanos()) / 1e9;
        long total = to.machineTotalTicks() - from.machineTotalTicks();
        int cores = Runtime.getRuntime().availableProcessors();
        long busy = to.machineBusyTicks() - from.machineBusyTicks();
        double machineCores = total <= 0 ? 0 : cores * (double) busy / total;
        double jvmCores = (to.jvmCpuNanos() - from.jvmCpuNanos()) / 1e9 / wall;
        double pgCores = (to.postgresTicks() - from.postgresTicks()) / TICKS_PER_SECOND / wall;
        double other = Math.max(0, machineCores - jvmCores - pgCores);
        if (counted && other > DISTURBED_CORES) {
            synchronized (CpuMeter.class) {
                disturbedRuns++;
            }
        }
        return String.format("CPU over %.1f s: machine %.2f of %d cores busy; JVM %.2f cores, PostgreSQL %.2f cores, "
                        + "other %.2f cores%s", wall, machineCores, cores, jvmCores, pgCores, other,
                counted && other > DISTURBED_CORES ? " (DISTURBED: other processes competed for the CPU)" : "");
    }

    /**
     * Before a measured run: waits (up to {@code -Dbench.quiet-wait-seconds}, default 180) until the rest of the
     * machine (everything but this JVM, idle between runs; PostgreSQL counts, as only someone else's work keeps it
     * busy then) uses under 0.2 cores over a second, so that a neighbour's build or tests do not end up in the figures.
     * Returns a line saying what it saw.
     */
    static String awaitQuiet() {
        long limit = System.nanoTime() + Long.getLong("bench.quiet-wait-seconds", 180) * 1_000_000_000L;
        long started = System.nanoTime();
        double busy;
        while (true) {
            Snapshot from = now();
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted while waiting for a quiet machine";
            }
            Snapshot to = now();
            long total = to.machineTotalTicks() - from.machineTotalTicks();
            int cores = Runtime.getRuntime().availableProcessors();
            long busyTicks = to.machineBusyTicks() - from.machineBusyTicks();
            double machine = total <= 0 ? 0 : cores * (double) busyTicks / total;
            double wall = (to.wallNanos() - from.wallNanos()) / 1e9;
            busy = Math.max(0, machine - (to.jvmCpuNanos() - from.jvmCpuNanos()) / 1e9 / wall);
            if (busy < 0.2 || System.nanoTime() > limit) {
                break;
            }
        }
        double waited = (System.nanoTime() - started) / 1e9;
        return busy < 0.2 ? String.format("machine quiet (others %.2f cores) after %.0f s", busy, waited)
                : String.format("machine NOT quiet: others use %.2f cores after waiting %.0f s; figures are disturbed",
                busy, waited);
    }

    private static long[] machine() {
        try {
            String line = Files.readAllLines(Path.of("/proc/stat")).getFirst();
            String[] f = line.trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) { // user nice system idle iowait irq softirq steal
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    private static long jvmCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static long postgresTicks() {
        long ticks = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                try {
                    List<String> lines = Files.readAllLines(process.resolve("stat"));
                    String stat = lines.getFirst();
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    if (!stat.substring(open + 1, close).startsWith("postgres")) {
                        continue;
                    }
                    String[] f = stat.substring(close + 2).split(" ");
                    // fields 14-17 of proc(5): utime stime cutime cstime; f[0] is field 3
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13])
                            + Long.parseLong(f[14]);
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks;
    }
}
