package com.surveypivot.io.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Ends a child JVM whose heap is full and which spends nearly all its time collecting (G1 has no GC overhead limit:
 * XSSFWorkbook on a too-small heap otherwise grinds for many minutes before its OutOfMemoryError). Prints a
 * {@code FAILED} line like an OutOfMemoryError would and exits with code 3.
 */
final class GcThrashWatch {

    private static final int WINDOW_SECONDS = 60;
    private static final double GC_SHARE = 0.9;
    private static final double HEAP_FULL = 0.95;

    private GcThrashWatch() {
    }

    static void start() {
        Thread watch = new Thread(GcThrashWatch::watch, "gc-thrash-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static void watch() {
        Deque<long[]> samples = new ArrayDeque<>();
        long begin = System.nanoTime();
        while (true) {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            long gcMillis = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
            samples.addLast(new long[] {now, gcMillis});
            while (now - samples.peekFirst()[0] > WINDOW_SECONDS * 1_000_000_000L) {
                samples.removeFirst();
            }
            long[] first = samples.peekFirst();
            double windowMillis = (now - first[0]) / 1e6;
            MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            if (windowMillis >= WINDOW_SECONDS * 900 && (gcMillis - first[1]) > GC_SHARE * windowMillis
                    && heap.getUsed() > HEAP_FULL * heap.getMax()) {
                System.out.printf(Locale.ROOT,
                        "FAILED heap full (%d of %d MB) and %.0f%% of the last %d s spent in GC after %.0f s: "
                                + "out of memory in effect%n",
                        heap.getUsed() >> 20, heap.getMax() >> 20, 100 * (gcMillis - first[1]) / windowMillis,
                        WINDOW_SECONDS, (now - begin) / 1e9);
                System.out.flush();
                Runtime.getRuntime().halt(3);
            }
        }
    }
}
