package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.PivotState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The table worker: small surveys at once, large ones in the background where only the latest request counts. */
class TableWorkerTest {

    @Test
    void onlyTheLatestRequestIsComputedAndDelivered() throws Exception {
        Survey sample = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
        List<Runnable> background = new ArrayList<>();
        List<Runnable> fxThread = new ArrayList<>();
        TableWorker worker = new TableWorker(0, background::add, fxThread::add);
        List<PivotResult> shown = new ArrayList<>();

        worker.submit(sample, PivotState.of("Q2", "Q1"), Locale.ENGLISH, shown::add);
        worker.submit(sample, PivotState.of("Q3", "Q1"), Locale.ENGLISH, shown::add);
        assertTrue(worker.busy());
        assertEquals(2, background.size(), "each request queued");
        background.get(0).run();
        assertTrue(fxThread.isEmpty(), "the older request is skipped before it starts");
        background.get(1).run();
        worker.submit(sample, PivotState.of("Q4", "Q1"), Locale.ENGLISH, shown::add);
        fxThread.get(0).run();
        assertTrue(shown.isEmpty(), "a result that a newer request overtook is dropped");
        background.get(2).run();
        fxThread.get(1).run();
        assertEquals(1, shown.size());
        assertEquals("Q4", shown.get(0).table().question().id());
        assertFalse(worker.busy());
    }

    @Test
    void smallSurveysAreComputedAtOnce() throws Exception {
        Survey sample = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
        List<PivotResult> shown = new ArrayList<>();
        TableWorker worker = new TableWorker(TableWorker.INLINE_CELLS, r -> {
            throw new AssertionError("no background work for 1,000 respondents");
        }, Runnable::run);
        worker.submit(sample, PivotState.of("Q2", "Q1"), Locale.ENGLISH, shown::add);
        assertEquals(1, shown.size());
        assertEquals(1 + 10, shown.get(0).chart().bars().size(), "Total and the ten functions");
        assertFalse(worker.busy());
    }
}
