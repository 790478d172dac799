package com.surveypivot.io;

import com.surveypivot.i18n.LocalizedText;

/** Receives loading progress and warnings, and tells the reader when the user cancelled. */
public interface ReadProgress {
    /** Progress from 0 to 1 (the share of the sheet read). */
    void progress(double fraction);

    /** True when loading should stop; the reader then throws {@code io.cancelled}. */
    boolean isCancelled();

    /**
     * A file was read, but not all of it as written: bytes that are no valid text, cells out of range, a quoted
     * field cut off at the end. One translated line per kind; called on the reading thread before the read returns.
     */
    default void warning(LocalizedText message) {
    }

    /** No progress reporting, never cancelled; every warning is added to {@code warnings}. */
    static ReadProgress collectingWarnings(java.util.List<LocalizedText> warnings) {
        return new ReadProgress() {
            @Override
            public void progress(double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void warning(LocalizedText message) {
                warnings.add(message);
            }
        };
    }

    /** No progress reporting, never cancelled, warnings ignored. */
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
