package com.surveypivot.ui;

import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.PivotState;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Computes the workspace's table, chart and notes for the latest request only: each request gets a number, work for
 * an older number is skipped before it starts and its result dropped when it ends. Large surveys are computed on
 * one background thread, so the window never waits; small ones (under {@link #INLINE_CELLS} respondent-columns)
 * are computed at once on the caller's thread, where a thread hop would cost more than the table.
 */
final class TableWorker {
    /** Respondents × crossed questions under which a table is computed inline. */
    static final long INLINE_CELLS = 200_000;
    private final AtomicLong latest = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final long inlineCells;
    private final Executor background;
    private final Consumer<Runnable> deliver;

    TableWorker(long inlineCells) {
        this(inlineCells, null, Platform::runLater);
    }

    /** A worker on a given background executor (null: its own daemon thread), delivering through {@code deliver}. */
    TableWorker(long inlineCells, Executor background, Consumer<Runnable> deliver) {
        this.inlineCells = inlineCells;
        this.background = background != null ? background : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "surveypivot-table");
            t.setDaemon(true);
            return t;
        });
        this.deliver = deliver;
    }

    /** Computes for this state; {@code done} gets the result on the JavaFX thread, unless a newer request came. */
    void submit(Survey survey, PivotState state, Locale locale, Consumer<PivotResult> done) {
        long request = latest.incrementAndGet();
        long cells = survey == null ? 0 : (long) survey.respondents() * (2 + state.banner().size()
                + state.filters().size());
        if (cells < inlineCells) {
            delivered.set(request);
            done.accept(PivotResult.compute(survey, state, locale));
            return;
        }
        background.execute(() -> {
            if (latest.get() != request) {
                return;
            }
            PivotResult result = PivotResult.compute(survey, state, locale);
            deliver.accept(() -> {
                if (latest.get() == request) {
                    delivered.set(request);
                    done.accept(result);
                }
            });
        });
    }

    /** Whether a request is still being computed (tests wait on it). */
    boolean busy() {
        return delivered.get() != latest.get();
    }
}
