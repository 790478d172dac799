package com.surveypivot.io;

/**
 * Excel's sheet limits, applied while a sheet is read so that a small file naming far-away cells (or a stream of
 * endless rows) cannot make the reader allocate without bound: 1,048,576 rows and 16,384 columns.
 */
final class SheetLimits {
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;

    private SheetLimits() {
    }

    /** Thrown (unchecked, from deep inside a parse) when a sheet goes beyond the limits. */
    static final class ExceededException extends IllegalStateException {
        private final String sheet;

        ExceededException(String sheet, String what) {
            super("sheet " + sheet + " goes beyond Excel's limits: " + what);
            this.sheet = sheet;
        }

        String sheet() {
            return sheet;
        }
    }

    static void checkColumn(String sheet, int column) {
        if (column >= MAX_COLUMNS) {
            throw new ExceededException(sheet, "column " + (column + 1L));
        }
    }

    static void checkRow(String sheet, long row) {
        if (row > MAX_ROWS) {
            throw new ExceededException(sheet, "row " + row);
        }
    }
}
