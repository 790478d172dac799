package com.surveypivot.export;

/**
 * How a long export reports how far it is and learns that the user cancelled: {@link #step} is called after each
 * table is computed and after each one is written; {@link #cancelled()} is asked between tables.
 */
public interface ExportProgress {
    /** Nobody listens, nothing cancels. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void step(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} steps are finished. */
    void step(long done, long total);

    /** Whether to stop now. */
    boolean cancelled();

    /** Throws when the user cancelled. */
    default void check() throws ExportCancelledException {
        if (cancelled()) {
            throw new ExportCancelledException();
        }
    }

    /**
     * This progress seen as one part of a larger job: a part's {@code step(done, total)} reports
     * {@code before + done} of {@code all} here.
     */
    default ExportProgress part(long before, long all) {
        ExportProgress whole = this;
        return new ExportProgress() {
            @Override
            public void step(long done, long total) {
                whole.step(before + done, all);
            }

            @Override
            public boolean cancelled() {
                return whole.cancelled();
            }
        };
    }
}
