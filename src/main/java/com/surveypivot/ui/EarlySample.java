package com.surveypivot.ui;

import com.surveypivot.i18n.LocalizedText;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReadException;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Survey;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bundled sample, read on a background thread from {@code main} while JavaFX starts (issue 14: the window's
 * first chart within 2 s): the window's first "open the sample" takes that read instead of reading the file again.
 * Any later open of the sample, and a start on a file, read as before.
 */
final class EarlySample {
    private static final AtomicReference<Early> PENDING = new AtomicReference<>();

    private EarlySample() {
    }

    /** One read of the sample in progress or done, with the warnings it gave. */
    private record Early(CompletableFuture<Survey> survey, List<LocalizedText> warnings) {
    }

    /** Starts reading the sample on a daemon thread (called once, before the toolkit starts). */
    static void start() {
        Early early = new Early(new CompletableFuture<>(), new CopyOnWriteArrayList<>());
        Thread reader = new Thread(() -> {
            try {
                early.survey().complete(SurveyReader.readSample(ReadOptions.defaults(),
                        ReadProgress.collectingWarnings(early.warnings())));
                FirstChartTiming.mark("sample read");
            } catch (Throwable e) { // the window then reads the sample itself and reports what fails there
                early.survey().completeExceptionally(e);
            }
        }, "surveypivot-early-sample");
        reader.setDaemon(true);
        PENDING.set(early);
        reader.start();
    }

    /** True when an early read was started, is not yet taken and has ended. */
    static boolean isRead() {
        Early early = PENDING.get();
        return early != null && early.survey().isDone();
    }

    /**
     * The early read's survey if it has ended well with no warning, taken (later reads read the file); else null,
     * and a read still running or one that warned stays for {@link #read}.
     */
    static Survey takeIfRead() {
        Early early = PENDING.get();
        if (early == null || !early.survey().isDone() || early.survey().isCompletedExceptionally()
                || !early.warnings().isEmpty() || !PENDING.compareAndSet(early, null)) {
            return null;
        }
        return early.survey().join();
    }

    /**
     * Reads the sample: the early read if one was started and not yet taken (waiting for it, cancellable), else a
     * new read.
     */
    static Survey read(ReadProgress progress) throws SurveyReadException {
        Early early = PENDING.getAndSet(null);
        if (early != null) {
            Survey survey = await(early, progress);
            if (survey != null) {
                early.warnings().forEach(progress::warning);
                progress.progress(1);
                return survey;
            }
        }
        return SurveyReader.readSample(ReadOptions.defaults(), progress);
    }

    /** The early read's survey, or null when it failed (the caller reads again); throws when cancelled. */
    private static Survey await(Early early, ReadProgress progress) throws SurveyReadException {
        while (true) {
            if (progress.isCancelled()) {
                throw new SurveyReadException("io.cancelled");
            }
            try {
                return early.survey().get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still reading: look at the cancel flag again
            } catch (ExecutionException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SurveyReadException("io.cancelled");
            }
        }
    }
}
