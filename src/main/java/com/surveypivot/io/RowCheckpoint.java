package com.surveypivot.io;

/**
 * What a sheet reader ({@link SheetParser} over StAX, {@link SheetScanner} over bytes) calls every few hundred rows:
 * reports progress, throws when the read is cancelled.
 */
@FunctionalInterface
interface RowCheckpoint {
    void check() throws SurveyReadException;
}
