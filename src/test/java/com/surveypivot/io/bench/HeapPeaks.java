package com.surveypivot.io.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Peak heap of one measured run, two ways:
 * <ul>
 * <li>{@link #atGc()}: the most heap in use seen just before a collection (from GC notifications) or at the end of
 * the run. Heap use only grows between collections, so this is the true peak up to what a concurrent cycle frees
 * without a notification — a lower bound, close to the truth.</li>
 * <li>{@link #poolPeakSum()}: the sum of each heap pool's peak since the reset ({@link MemoryPoolMXBean#getPeakUsage});
 * the pools may peak at different moments, so this is an upper bound.</li>
 * </ul>
 * Both count garbage not yet collected: with a large -Xmx the collector lets more of it pile up.
 */
final class HeapPeaks {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid()).toList();
    private final AtomicLong maxBeforeGc = new AtomicLong();
    private volatile boolean listening;

    HeapPeaks() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (listening && GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                            .equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                                .from((CompositeData) notification.getUserData());
                        long before = info.getGcInfo().getMemoryUsageBeforeGc().values().stream()
                                .mapToLong(MemoryUsage::getUsed).sum();
                        maxBeforeGc.accumulateAndGet(heapPart(info, before), Math::max);
                    }
                }, null, null);
            }
        }
    }

    /** Collects garbage, then starts counting from here. */
    void reset() {
        listening = false;
        System.gc();
        System.gc();
        pause();
        maxBeforeGc.set(0);
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        listening = true;
    }

    /** Stops counting (call right after the run, before anything else allocates). */
    void stop() {
        long now = used();
        pause();
        listening = false;
        maxBeforeGc.accumulateAndGet(now, Math::max);
    }

    long atGc() {
        return maxBeforeGc.get();
    }

    long poolPeakSum() {
        return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** Heap in use after a full collection: what is still reachable, e.g. the loaded survey. */
    long retained() {
        System.gc();
        System.gc();
        return used();
    }

    long used() {
        return pools.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    /** Before-GC usage includes non-heap pools (code cache, metaspace); keep only the heap pools. */
    private long heapPart(GarbageCollectionNotificationInfo info, long all) {
        long heap = 0;
        for (MemoryPoolMXBean pool : pools) {
            MemoryUsage usage = info.getGcInfo().getMemoryUsageBeforeGc().get(pool.getName());
            if (usage != null) {
                heap += usage.getUsed();
            }
        }
        return heap > 0 ? heap : all;
    }

    /** GC notifications arrive on another thread; give them a moment. */
    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
