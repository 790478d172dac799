package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReadException;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample read early from main is the survey the reader gives, taken once; a cancel while waiting stops the load. */
class EarlySampleTest {

    @Test
    void theEarlyReadIsTheSampleAsTheReaderReadsItAndIsTakenOnce() throws Exception {
        Survey reference = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
        EarlySample.start();
        List<Double> progress = new ArrayList<>();
        Survey early = EarlySample.read(progress(progress, false));
        assertEquals(describe(reference), describe(early));
        assertEquals(List.of(1.0), progress, "the window's progress ends at 100 %");

        Survey again = EarlySample.read(ReadProgress.NONE);
        assertNotSame(early, again, "a second open of the sample reads the file again");
        assertEquals(describe(reference), describe(again));
    }

    @Test
    void aCancelWhileWaitingForTheEarlyReadStopsTheLoad() {
        EarlySample.start();
        SurveyReadException e = assertThrows(SurveyReadException.class,
                () -> EarlySample.read(progress(new ArrayList<>(), true)));
        assertTrue(e.isCancelled());
    }

    private static ReadProgress progress(List<Double> seen, boolean cancelled) {
        return new ReadProgress() {
            @Override
            public void progress(double fraction) {
                seen.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }

    /** Every question's id, type, categories and per-category counts, and the respondents. */
    private static String describe(Survey survey) {
        StringBuilder b = new StringBuilder(survey.title() + " " + survey.respondents() + "\n");
        for (Question q : survey.questions()) {
            b.append(q.id()).append(' ').append(q.type()).append(' ').append(q.categories()).append(' ');
            for (int c = 0; c < q.categoryCount(); c++) {
                b.append(q.count(c)).append(',');
            }
            b.append('\n');
        }
        return b.toString();
    }
}
