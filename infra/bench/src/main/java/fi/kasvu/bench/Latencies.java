package fi.kasvu.bench;

import java.util.Arrays;

/** Latencies recorded per client thread, merged and sorted, and their nearest-rank percentiles in milliseconds. */
final class Latencies {

    private Latencies() {
    }

    /**
     * Every thread's recorded latencies (nanoseconds) in one sorted array.
     *
     * @param perThread each thread's array, of which the first {@code recorded[t]} are filled
     */
    static long[] merged(long[][] perThread, int[] recorded) {
        long[] all = new long[Arrays.stream(recorded).sum()];
        int at = 0;
        for (int t = 0; t < recorded.length; t++) {
            System.arraycopy(perThread[t], 0, all, at, recorded[t]);
            at += recorded[t];
        }
        Arrays.sort(all);
        return all;
    }

    /** The nearest-rank percentile of sorted nanoseconds, in milliseconds; 0 when nothing was recorded. */
    static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** The largest, in milliseconds; 0 when nothing was recorded. */
    static double maxMs(long[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6;
    }
}
