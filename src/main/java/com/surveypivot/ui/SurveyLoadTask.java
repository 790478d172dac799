package com.surveypivot.ui;

import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReadException;
import com.surveypivot.survey.Survey;
import javafx.concurrent.Task;

/**
 * Reads a survey in the background: the reader reports its progress and asks whether to stop through
 * {@link ReadProgress}, which this task bridges to its own progress and cancel state.
 */
public final class SurveyLoadTask extends Task<Survey> {

    /** Where a survey comes from: a file or the bundled sample. */
    @FunctionalInterface
    public interface Source {
        Survey read(ReadProgress progress) throws SurveyReadException;
    }

    private final Source source;

    public SurveyLoadTask(Source source) {
        this.source = source;
    }

    @Override
    protected Survey call() throws SurveyReadException {
        updateProgress(-1, 1);
        return source.read(new ReadProgress() {
            @Override
            public void progress(double fraction) {
                updateProgress(Math.max(0, Math.min(1, fraction)), 1);
            }

            @Override
            public boolean isCancelled() {
                return SurveyLoadTask.this.isCancelled();
            }
        });
    }
}
