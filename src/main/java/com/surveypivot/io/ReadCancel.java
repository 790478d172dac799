package com.surveypivot.io;

/**
 * Cancellation of the read running on this thread: the window's Cancel (through {@link ReadProgress#isCancelled})
 * or an interrupt of the reading thread. Every phase (unpacking, XML, text decoding, recognition) calls
 * {@link #check()} every few thousand elements, rows or columns, so that a read stops within milliseconds; a
 * {@link Stop} thrown from deep inside becomes the {@code io.cancelled} message at the top.
 */
final class ReadCancel {
    private static final ThreadLocal<ReadProgress> CURRENT = new ThreadLocal<>();

    /** Thrown (unchecked, from deep inside a parse) when the read should stop. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("the read was cancelled", null, false, false);
        }
    }

    private ReadCancel() {
    }

    /** The progress whose cancel flag this thread's read follows (null: only interrupts). */
    static ReadProgress enter(ReadProgress progress) {
        ReadProgress before = CURRENT.get();
        CURRENT.set(progress);
        return before;
    }

    /** The progress this thread's read follows (null: only interrupts), for helper threads of the same read. */
    static ReadProgress current() {
        return CURRENT.get();
    }

    /** Restores what {@link #enter} returned. */
    static void leave(ReadProgress before) {
        if (before == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(before);
        }
    }

    /** True when this thread's read should stop. */
    static boolean isCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            return true;
        }
        ReadProgress progress = CURRENT.get();
        return progress != null && progress.isCancelled();
    }

    /** Throws {@link Stop} when this thread's read should stop. */
    static void check() {
        if (isCancelled()) {
            throw new Stop();
        }
    }
}
