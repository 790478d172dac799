package com.surveypivot.io;

import java.io.IOException;

/**
 * Runs one read so that only its translated error can come out: cancellation (the flag or an interrupt) becomes
 * {@code io.cancelled}; a known attack or limit its own message ({@link ReadFailures}); any other exception, and
 * any Error from a parser (a StackOverflowError on deep nesting, an internal error), the "damaged file" message with
 * a reason in the user's words ({@link ReadDetail}); an OutOfMemoryError the "not enough memory" message. Every
 * refusal names the file, and its technical cause goes to the {@link DiagnosticLog}.
 */
final class ReadGuard {
    /** The read itself. */
    @FunctionalInterface
    interface Body<T> {
        T run() throws SurveyReadException, IOException;
    }

    private ReadGuard() {
    }

    /**
     * Runs {@code body} for the file {@code name}; {@code damagedKey} is the message for an unexpected failure
     * ({@code io.error.corrupt} for a workbook, {@code io.error.unreadable} for text).
     */
    static <T> T run(String name, ReadProgress progress, String damagedKey, Body<T> body) throws SurveyReadException {
        ReadProgress before = ReadCancel.enter(progress);
        try {
            return body.run();
        } catch (SurveyReadException e) {
            if (e.isCancelled() || ReadCancel.isCancelled()) {
                throw cancelled(e);
            }
            throw logged(name, ReadFailures.explain(e, name).inFile(name));
        } catch (ReadCancel.Stop e) {
            throw cancelled(e);
        } catch (OutOfMemoryError e) {
            throw logged(name, new SurveyReadException(e, "read.error.memory", name));
        } catch (IOException | RuntimeException | Error e) {
            if (ReadCancel.isCancelled()) {
                throw cancelled(e);
            }
            SurveyReadException failure = new SurveyReadException(e, damagedKey, name, ReadDetail.of(e));
            throw logged(name, ReadFailures.explain(failure, name).inFile(name));
        } finally {
            ReadCancel.leave(before);
        }
    }

    private static SurveyReadException cancelled(Throwable cause) {
        return cause instanceof SurveyReadException e && e.isCancelled() ? e
                : new SurveyReadException(cause, "io.cancelled");
    }

    private static SurveyReadException logged(String name, SurveyReadException failure) {
        DiagnosticLog.failure(name, failure.getCause() != null ? failure.getCause() : failure);
        return failure;
    }
}
