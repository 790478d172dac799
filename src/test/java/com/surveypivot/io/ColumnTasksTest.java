package com.surveypivot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.jupiter.api.Test;

class ColumnTasksTest {

    @Test
    void everyColumnRunsExactlyOnceOnSeveralThreadsForALargeTable() throws Exception {
        AtomicIntegerArray runs = new AtomicIntegerArray(500);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        ColumnTasks.run(500, 100_000, c -> {
            runs.incrementAndGet(c);
            threads.add(Thread.currentThread().getName());
            busy();
        });
        for (int c = 0; c < 500; c++) {
            assertEquals(1, runs.get(c), "column " + c);
        }
        assertTrue(threads.contains(Thread.currentThread().getName()));
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertTrue(threads.size() > 1, threads.toString());
        }
    }

    @Test
    void aSmallTableRunsOnTheCallingThreadInOrder() throws Exception {
        StringBuilder wide = new StringBuilder();
        ColumnTasks.run(5, ColumnTasks.PARALLEL_ROWS - 1, c -> {
            assertSame(Thread.currentThread(), mainThread);
            wide.append(c);
        });
        assertEquals("01234", wide.toString());
        StringBuilder order = new StringBuilder();
        ColumnTasks.run(5, 1000, c -> {
            assertSame(Thread.currentThread(), mainThread);
            order.append(c);
        });
        assertEquals("01234", order.toString());
    }

    private final Thread mainThread = Thread.currentThread();

    @Test
    void theFirstFailureIsRethrownOnTheCallingThreadAndStopsTheRest() {
        AtomicInteger ran = new AtomicInteger();
        SurveyReadException thrown = assertThrows(SurveyReadException.class,
                () -> ColumnTasks.run(10_000, 100_000, c -> {
                    ran.incrementAndGet();
                    if (c == 20) {
                        throw new SurveyReadException("io.error.emptySheet", "x.xlsx");
                    }
                    busy();
                }));
        assertEquals("io.error.emptySheet", thrown.key());
        assertTrue(ran.get() < 10_000, "stopped early: " + ran.get());
    }

    @Test
    void helpersFollowTheReadsCancelFlag() {
        AtomicBoolean cancelled = new AtomicBoolean();
        ReadProgress progress = new ReadProgress() {
            @Override
            public void progress(double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        AtomicInteger ran = new AtomicInteger();
        ReadProgress before = ReadCancel.enter(progress);
        try {
            assertThrows(ReadCancel.Stop.class, () -> ColumnTasks.run(10_000, 100_000, c -> {
                if (ran.incrementAndGet() == 50) {
                    cancelled.set(true);
                }
                busy();
            }));
        } finally {
            ReadCancel.leave(before);
        }
        assertTrue(ran.get() < 10_000, "stopped early: " + ran.get());
    }

    private static void busy() {
        long x = 0;
        for (int i = 0; i < 20_000; i++) {
            x += i * 31L;
        }
        if (x == 42) {
            throw new IllegalStateException();
        }
    }
}
