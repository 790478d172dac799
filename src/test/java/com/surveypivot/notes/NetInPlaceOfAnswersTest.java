package com.surveypivot.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.analysis.TableRow;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.NetDefinition;
import com.surveypivot.workspace.PivotCommand;
import com.surveypivot.workspace.PivotSpecs;
import com.surveypivot.workspace.PivotState;
import com.surveypivot.workspace.TableShape;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A NET shown above its answers and in place of them: the notes read the rows the chart draws (the NET as a bar,
 * its answers gone), so the default measure must be a row that is there. The overall share is counted again here
 * with a plain loop over the respondents.
 */
class NetInPlaceOfAnswersTest {

    @Test
    void notesOfAQuestionWhoseFirstAnswersAreANetInTheirPlace() throws Exception {
        Survey sample = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
        for (String id : List.of("Q2", "Q3")) {
            Question q = sample.find(id).orElseThrow();
            Question q1 = sample.find("Q1").orElseThrow();
            List<String> firstTwo = q.categories().subList(0, 2);
            PivotState state = new PivotCommand.AddNet(id, new NetDefinition("Top two", firstTwo,
                    NetDefinition.Placement.ABOVE, false)).apply(PivotState.of(id, "Q1"));
            Crosstab shown = TableShape.shape(CrosstabEngine.compute(PivotSpecs.spec(sample, state).orElseThrow()),
                    state);
            Crosstab charted = TableShape.chartRows(shown, state);
            List<Claim> claims = NoteFinder.claims(charted);
            assertFalse(claims.isEmpty(), id);
            Claim overall = claims.get(0);
            // the most common shown answer (not the NET) and its share among those who answered it and Q1, by a plain count
            List<TableRow> answers = charted.rows().stream().filter(r -> !r.net()).toList();
            String most = answers.stream().max(java.util.Comparator.comparingDouble(r -> r.count(0))).orElseThrow()
                    .label();
            int base = 0;
            int hits = 0;
            int index = q.indexOf(most);
            for (int r = 0; r < sample.respondents(); r++) {
                if (q.answered().contains(r) && q1.answered().contains(r)) {
                    base++;
                    hits += q.members(index).contains(r) ? 1 : 0;
                }
            }
            assertEquals(most, overall.answer(), id);
            assertEquals(100.0 * hits / base, overall.value(), 0.05, id);
        }
    }
}
