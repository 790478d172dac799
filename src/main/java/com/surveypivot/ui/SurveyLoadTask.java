package com.surveypivot.ui;

import com.surveypivot.i18n.LocalizedText;
import com.surveypivot.i18n.Messages;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReadException;
import com.surveypivot.survey.Survey;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
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
    private final List<LocalizedText> warnings = new CopyOnWriteArrayList<>();

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

            @Override
            public void warning(LocalizedText message) {
                warnings.add(message);
            }
        });
    }

    /** The reader's warnings about the file (bad bytes, cells out of range), one line in {@code locale}; or "". */
    public String warningText(Locale locale) {
        if (warnings.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (LocalizedText w : warnings) {
            sb.append(sb.length() == 0 ? "" : " ").append(w.in(locale));
        }
        return Messages.get(locale, "logs.warnings", sb.toString());
    }
}
