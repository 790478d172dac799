package com.surveypivot.io;

/** Receives loading progress and tells the reader when the user cancelled. */
public interface ReadProgress {
    /** Progress from 0 to 1 (the share of the sheet read). */
    void progress(double fraction);

    /** True when loading should stop; the reader then throws {@code io.cancelled}. */
    boolean isCancelled();

    /** No progress reporting, never cancelled. */
    ReadProgress NONE = new ReadProgress() {
        @Override
        public void progress(double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
