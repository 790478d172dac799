package com.surveypivot.cli;

import com.surveypivot.i18n.LocalizedText;
import com.surveypivot.io.DiagnosticLog;
import com.surveypivot.io.ReadProgress;
import java.io.PrintWriter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * What a command prints while it reads a file besides its result: each warning of the reader (bad bytes, cells out
 * of range, a cut-off quote) as one line on the error stream, and with {@code --verbose} the technical side of a
 * refusal or warning (the reader's log records, causes and stack traces included).
 */
final class ReadOutput implements ReadProgress {
    private final PrintWriter err;

    ReadOutput(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void progress(double fraction) {
    }

    @Override
    public boolean isCancelled() {
        return Thread.currentThread().isInterrupted();
    }

    @Override
    public void warning(LocalizedText message) {
        err.println(Cli.oneLine(message.toString()));
        err.flush();
    }

    /** A word from the command line, safe to show: at most 60 characters, no control characters. */
    static String shown(String word) {
        String clean = word == null ? "" : word.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= 60 ? clean : clean.substring(0, 59) + "…";
    }

    /** Copies the reader's log records to {@code err} until closed (for {@code --verbose}). */
    static AutoCloseable verbose(PrintWriter err) {
        Formatter format = new SimpleFormatter();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                err.print(format.format(record));
                err.flush();
            }

            @Override
            public void flush() {
                err.flush();
            }

            @Override
            public void close() {
                err.flush();
            }
        };
        DiagnosticLog.logger().addHandler(handler);
        return () -> DiagnosticLog.logger().removeHandler(handler);
    }
}
