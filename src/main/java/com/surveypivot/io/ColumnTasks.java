package com.surveypivot.io;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one independent task per column on the machine's cores: the calling thread and up to
 * {@link #MAX_HELPERS} helper threads take the next column index until none is left. Recognising a column reads
 * only that column (and shared, read-only settings), so the columns of a large sheet are recognised side by side.
 * The helpers follow the calling thread's read (its cancel flag, through {@link ReadCancel}); the first failure
 * stops the others after their current column and is rethrown on the calling thread. Small tables (under
 * {@link #PARALLEL_CELLS} cells) and short ones (under {@link #PARALLEL_ROWS} rows, where each column is little work
 * and a very wide sheet would only add threads' garbage) run on the calling thread alone.
 */
final class ColumnTasks {
    /** One column's work. */
    interface Task {
        void run(int column) throws SurveyReadException;
    }

    static final int MAX_HELPERS = 3;
    static final long PARALLEL_CELLS = 200_000;
    static final int PARALLEL_ROWS = 1_000;

    private final AtomicInteger next = new AtomicInteger();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final int count;
    private final Task task;

    private ColumnTasks(int count, Task task) {
        this.count = count;
        this.task = task;
    }

    /** Runs {@code task} for every column in {@code [0, count)} of a table of {@code rows} rows. */
    static void run(int count, int rows, Task task) throws SurveyReadException {
        int helpers = Math.min(Math.min(MAX_HELPERS, Runtime.getRuntime().availableProcessors() - 1), count - 1);
        if ((long) count * rows < PARALLEL_CELLS || rows < PARALLEL_ROWS || helpers <= 0) {
            for (int c = 0; c < count; c++) {
                ReadCancel.check();
                task.run(c);
            }
            return;
        }
        new ColumnTasks(count, task).runParallel(helpers);
    }

    private void runParallel(int helpers) throws SurveyReadException {
        ReadProgress progress = ReadCancel.current();
        List<Thread> threads = new ArrayList<>();
        for (int h = 0; h < helpers; h++) {
            Thread t = new Thread(() -> {
                ReadProgress before = ReadCancel.enter(progress);
                try {
                    work();
                } finally {
                    ReadCancel.leave(before);
                }
            }, "surveypivot-columns-" + (h + 1));
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        work();
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                    stop.set(true);
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable error = failure.get();
        if (error instanceof SurveyReadException e) {
            throw e;
        } else if (error instanceof RuntimeException e) {
            throw e;
        } else if (error instanceof Error e) {
            throw e;
        } else if (error != null) {
            throw new IllegalStateException(error);
        }
        ReadCancel.check();
    }

    private void work() {
        try {
            int c;
            while (!stop.get() && (c = next.getAndIncrement()) < count) {
                ReadCancel.check();
                task.run(c);
            }
        } catch (Throwable e) {
            failure.compareAndSet(null, e);
            stop.set(true);
        }
    }
}
