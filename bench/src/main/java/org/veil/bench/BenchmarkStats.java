package org.veil.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;

/** Median times and peak heap over repeated runs, measured the same way for every benchmark. */
final class BenchmarkStats {

    /** One measured operation. */
    @FunctionalInterface
    interface Run {
        Object run() throws Exception;
    }

    /** Median wall time and the highest heap use seen during any run. */
    record Result(String name, double medianMillis, double minMillis, double maxMillis, long peakHeapBytes) {
        @Override
        public String toString() {
            return String.format("%-44s median %8.1f ms   (min %8.1f, max %8.1f)   peak heap %6.0f MiB", name,
                    medianMillis, minMillis, maxMillis, peakHeapBytes / 1048576.0);
        }
    }

    private BenchmarkStats() {
    }

    /** Runs {@code warmups} unmeasured times, then {@code runs} measured ones. */
    static Result measure(String name, int warmups, int runs, Run run) throws Exception {
        for (int i = 0; i < warmups; i++) {
            keep(run.run());
        }
        double[] millis = new double[runs];
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            // No System.gc() here: after a full collection G1 shrinks the heap and the next run pays
            // for growing it again, which would measure the collector's sizing, not the import.
            resetPeaks();
            long start = System.nanoTime();
            keep(run.run());
            millis[i] = (System.nanoTime() - start) / 1e6;
            peak = Math.max(peak, peakHeap());
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Result(name, sorted[runs / 2], sorted[0], sorted[runs - 1], peak);
    }

    static void collectGarbage() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The process's peak resident memory (Linux VmHWM), or "?" where /proc is not available. */
    static String peakResidentMiB() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.valueOf(kib / 1024);
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            return "?";
        }
        return "?";
    }

    private static volatile Object sink;

    /** Keeps a result reachable so the JIT cannot drop the work that made it. */
    private static void keep(Object result) {
        sink = result;
    }
}
