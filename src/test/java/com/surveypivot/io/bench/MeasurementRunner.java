package com.surveypivot.io.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The child JVM of one measurement: {@code MeasurementRunner KIND FILE WARMUPS RUNS}. Runs the warm-ups, then the
 * timed runs, each after a full collection with the heap peaks reset, and prints one {@code RUN} line per timed run
 * and a {@code RESULT} line that {@link ChildJvm} reads. A failure (an OutOfMemoryError included) is printed as a
 * {@code FAILED} line and exit code 2; a heap so full that the JVM does little but collect, by
 * {@link GcThrashWatch} (exit code 3).
 */
public final class MeasurementRunner {

    private MeasurementRunner() {
    }

    public static void main(String[] args) {
        ImportMeasurement kind = ImportMeasurement.valueOf(args[0]);
        Path file = Path.of(args[1]);
        int warmups = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        HeapPeaks heap = new HeapPeaks();
        GcThrashWatch.start();
        try {
            for (int i = 0; i < warmups; i++) {
                long start = System.nanoTime();
                Object result = kind.run(file);
                System.out.printf(Locale.ROOT, "WARMUP %d %.3f s%n", i + 1, (System.nanoTime() - start) / 1e9);
                Reference.reachabilityFence(result);
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long bestNanos = Long.MAX_VALUE;
            long bestCpuNanos = Long.MAX_VALUE;
            long bestProcessCpuNanos = Long.MAX_VALUE;
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long maxAtGc = 0;
            long maxPoolSum = 0;
            long retained = 0;
            String description = "";
            for (int i = 0; i < runs; i++) {
                heap.reset();
                long cpuStart = threads.getCurrentThreadCpuTime();
                long processCpuStart = os.getProcessCpuTime();
                long start = System.nanoTime();
                Object result = kind.run(file);
                long nanos = System.nanoTime() - start;
                long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
                long processCpuNanos = os.getProcessCpuTime() - processCpuStart;
                heap.stop();
                long atGc = heap.atGc();
                long poolSum = heap.poolPeakSum();
                retained = heap.retained();
                Reference.reachabilityFence(result);
                description = kind.describe(result);
                result = null;
                bestNanos = Math.min(bestNanos, nanos);
                bestCpuNanos = Math.min(bestCpuNanos, cpuNanos);
                bestProcessCpuNanos = Math.min(bestProcessCpuNanos, processCpuNanos);
                maxAtGc = Math.max(maxAtGc, atGc);
                maxPoolSum = Math.max(maxPoolSum, poolSum);
                System.out.printf(Locale.ROOT, "RUN %d %.3f s (main thread CPU %.3f s, process CPU %.3f s), peak heap %d MB (pool peaks %d MB), retained %d MB%n",
                        i + 1, nanos / 1e9, cpuNanos / 1e9, processCpuNanos / 1e9, atGc >> 20, poolSum >> 20, retained >> 20);
            }
            System.out.printf(Locale.ROOT, "RESULT best=%d bestCpu=%d bestProcessCpu=%d peakAtGc=%d peakPoolSum=%d retained=%d maxHeap=%d what=%s%n",
                    bestNanos, bestCpuNanos, bestProcessCpuNanos, maxAtGc, maxPoolSum, retained, Runtime.getRuntime().maxMemory(), description);
            System.exit(0);
        } catch (Throwable failure) {
            System.out.println("FAILED " + failure.getClass().getName() + ": " + failure.getMessage());
            System.exit(2);
        }
    }
}
